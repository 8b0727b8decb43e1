# SPDX-License-Identifier: EUPL-1.2
"""Open Referral HSDS 3.0 for the directory: mapping, export, import, schema validation and the HSDS API.

The schemas in schema/ are the official HSDS 3.0 JSON Schemas (CC BY-SA 4.0, Open Referral); see
docs/directory-hsds.md for the profile this app follows (the Kansrijk taxonomy, identifiers, service areas).
"""
