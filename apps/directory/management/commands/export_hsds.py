# SPDX-License-Identifier: EUPL-1.2
"""manage.py export_hsds [--out file] [--municipality GM0119] | --dataset folder: the directory as HSDS 3.0 JSON."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.directory.exchange.hsds.export import export_dataset, export_services, services_for_export
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
        parser.add_argument("--with-assurer-email", action="store_true",
                            help="Zet het e-mailadres van wie het aanbod het laatst controleerde erbij "
                                 "(persoonsgegeven: alleen voor vertrouwde partners).")

    def handle(self, *args, out=None, municipality=None, active_only=False, with_assurer_email=False, dataset=None,
               **options):
        if dataset:
            if out or municipality or active_only:
                raise CommandError("--dataset schrijft de hele sociale kaart; het gaat niet samen met --out, "
                                   "--municipality of --active-only.")
            folder = Path(dataset)
            folder.mkdir(parents=True, exist_ok=True)
            for name, records in export_dataset(with_assurer=with_assurer_email).items():
                (folder / name).write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
                self.stderr.write(f"{len(records)} records geschreven naar {folder / name}.")
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
