# SPDX-License-Identifier: EUPL-1.2
"""Care pathways, the client route and the regional social map: logic, forms, pages and API."""
