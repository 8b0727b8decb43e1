# SPDX-License-Identifier: EUPL-1.2
"""Pages of the case flow: small modules per task (cases, hub, public form, privacy officer)."""
