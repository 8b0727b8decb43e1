# SPDX-License-Identifier: EUPL-1.2
"""One namespace, `directory`, made of the directory's rooms (each room keeps its own routes)."""

from apps.directory.exchange import urls as exchange_urls
from apps.directory.pathways import urls as pathways_urls
from apps.directory.public import urls as public_urls
from apps.directory.search import urls as search_urls
from apps.directory.upkeep import urls as upkeep_urls

app_name = "directory"
urlpatterns = [
    *search_urls.urlpatterns,     # professionals: search, service pages            (sociale-kaart/…)
    *public_urls.urlpatterns,     # parents, no login                                (hulp/…)
    *upkeep_urls.urlpatterns,     # upkeep: edit, verify, claim, capacity            (sociale-kaart/beheer/…)
    *pathways_urls.urlpatterns,   # care pathways, client route, regional social map
    *exchange_urls.urlpatterns,   # HSDS export/import/API, spreadsheet import       (hsds/…, sociale-kaart/import/…)
]
