# SPDX-License-Identifier: EUPL-1.2
"""One namespace, `directory`, made of the directory's parts (each part keeps its own routes)."""

from apps.directory import urls_exchange, urls_manage, urls_pathways, urls_public, urls_search

app_name = "directory"
urlpatterns = [
    *urls_search.urlpatterns,     # professionals: search, service pages            (sociale-kaart/…)
    *urls_public.urlpatterns,     # parents, no login                                (hulp/…)
    *urls_manage.urlpatterns,     # upkeep: edit, verify, claim, capacity            (sociale-kaart/beheer/…)
    *urls_pathways.urlpatterns,   # care pathways, client route, regional social map
    *urls_exchange.urlpatterns,   # HSDS export/import/API, spreadsheet import       (hsds/…, sociale-kaart/import/…)
]
