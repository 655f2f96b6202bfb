"""data/iso_codes.yaml and its generator (cnexport.iso_table)."""

import json

import yaml

from cnexport import iso_table
from cnexport.paths import ROOT


def _table():
    return yaml.safe_load((ROOT / "data" / "iso_codes.yaml").read_text(encoding="utf-8"))


def test_the_table_holds_the_assigned_codes_and_not_the_reserved_ones():
    table = _table()
    assert len(table["countries"]) == 249 and len(table["currencies"]) == 179
    assert table["countries"]["GB"] == "United Kingdom" and table["countries"]["NO"] == "Norway"
    assert "UK" not in table["countries"] and "EL" not in table["countries"]
    assert table["not_codes"] == {"EL": {"use": "GR"}, "UK": {"use": "GB"}}
    assert table["currencies"]["CNY"] == "Yuan Renminbi"
    assert "XXX" not in table["currencies"] and "XTS" not in table["currencies"]


def test_the_table_says_where_it_comes_from():
    text = (ROOT / "data" / "iso_codes.yaml").read_text(encoding="utf-8")
    assert "python -m cnexport.iso_table" in text and "iso-codes 4.15.0" in _table()["source"]


def test_the_generator_takes_every_assigned_code_but_the_test_and_no_currency_codes(tmp_path, capsys):
    (tmp_path / "iso_3166-1.json").write_text(
        json.dumps(
            {
                "3166-1": [
                    {"alpha_2": "NO", "alpha_3": "NOR", "name": "Norway", "numeric": "578"},
                    {"alpha_2": "GB", "alpha_3": "GBR", "name": "United Kingdom", "numeric": "826"},
                    {"alpha_2": "GR", "alpha_3": "GRC", "name": "Greece", "numeric": "300"},
                ]
            }
        )
    )
    (tmp_path / "iso_4217.json").write_text(
        json.dumps(
            {
                "4217": [
                    {"alpha_3": "XXX", "name": "No currency", "numeric": "999"},
                    {"alpha_3": "XTS", "name": "Testing", "numeric": "963"},
                    {"alpha_3": "NOK", "name": "Norwegian Krone", "numeric": "578"},
                ]
            }
        )
    )
    assert iso_table.main([str(tmp_path)]) == 0
    written = yaml.safe_load(capsys.readouterr().out)
    assert written["countries"] == {"GB": "United Kingdom", "GR": "Greece", "NO": "Norway"}
    assert written["currencies"] == {"NOK": "Norwegian Krone"}
    assert written["not_codes"] == {"EL": {"use": "GR"}, "UK": {"use": "GB"}}


def test_the_generator_without_its_folder_says_how_to_call_it(capsys):
    assert iso_table.main([]) == 2
    assert "python -m cnexport.iso_table" in capsys.readouterr().err
