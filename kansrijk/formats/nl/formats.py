# SPDX-License-Identifier: EUPL-1.2
"""One date format across the site: 05-12-2026 and 05-12-2026 14:30, whatever a template or list leaves to Django.

Only the output formats are set here; what people may type (input formats) stays Django's own for the language.
"""

DATE_FORMAT = "d-m-Y"
SHORT_DATE_FORMAT = "d-m-Y"
DATETIME_FORMAT = "d-m-Y H:i"
SHORT_DATETIME_FORMAT = "d-m-Y H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
