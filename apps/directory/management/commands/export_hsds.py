# SPDX-License-Identifier: EUPL-1.2
"""manage.py export_hsds [--out file] [--municipality GM0119] | --dataset folder | --tabular folder: HSDS 3.0."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.directory.exchange.hsds.export import export_dataset, export_services, services_for_export
from apps.directory.exchange.hsds.tabular import tabular_dataset
from apps.reference.places import find_municipality


class Command(BaseCommand):
    help = "Exporteer de sociale kaart als Open Referral HSDS 3.0 JSON (een lijst van volledige aanbod-records)."

    def add_arguments(self, parser):
        parser.add_argument("--out", help="Bestand om naar te schrijven (standaard: de uitvoer van het commando).")
        parser.add_argument("--municipality", help="Alleen aanbod voor deze gemeente (CBS-code, bijv. GM0119).")
        parser.add_argument("--active-only", action="store_true", help="Alleen actief aanbod.")
        parser.add_argument("--dataset", metavar="MAP",
                            help="Schrijf de hele sociale kaart als HSDS-bestanden in deze map: organizations.json, "
                                 "locations.json, services.json, service_at_locations.json, taxonomies.json en "
                                 "taxonomy_terms.json (ook organisaties en locaties zonder aanbod).")
        parser.add_argument("--tabular", metavar="MAP",
                            help="Schrijf de hele sociale kaart als HSDS-datapackage: één CSV-bestand per tabel en "
                                 "datapackage.json (voor spreadsheets).")
        parser.add_argument("--with-assurer-email", action="store_true",
                            help="Zet het e-mailadres van wie het aanbod het laatst controleerde erbij "
                                 "(persoonsgegeven: alleen voor vertrouwde partners).")

    def handle(self, *args, out=None, municipality=None, active_only=False, with_assurer_email=False, dataset=None,
               tabular=None, **options):
        if dataset or tabular:
            if out or municipality or active_only or (dataset and tabular):
                raise CommandError("--dataset en --tabular schrijven de hele sociale kaart; ze gaan niet samen met "
                                   "elkaar, --out, --municipality of --active-only.")
            folder = Path(dataset or tabular)
            folder.mkdir(parents=True, exist_ok=True)
            if dataset:
                files = {name: json.dumps(records, ensure_ascii=False, indent=2) + "\n"
                         for name, records in export_dataset(with_assurer=with_assurer_email).items()}
            else:
                files = tabular_dataset(with_assurer=with_assurer_email)
            for name, text in files.items():
                (folder / name).write_text(text, encoding="utf-8")
            self.stderr.write(f"{len(files)} bestanden geschreven naar {folder}.")
            return
        place = None
        if municipality:
            place = find_municipality(municipality)
            if place is None:
                raise CommandError(f"Onbekende gemeente: {municipality}")
        records = export_services(services_for_export(place, active_only=active_only),
                                  with_assurer=with_assurer_email)
        text = json.dumps(records, ensure_ascii=False, indent=2)
        if out:
            with open(out, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
            self.stderr.write(f"{len(records)} aanbod-records geschreven naar {out}.")
        else:
            self.stdout.write(text)
