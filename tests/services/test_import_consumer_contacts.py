"""Importing what the consumer profiles need to know: the country of the debtor's address
(to place them in time zones) and an address known to be their employer's (never emailed)."""

from bot.services.importing import ReadOptions, apply_import, parse_import_text
from bot.store.repository import Repository
from tests.services.conftest import NOW

ACCOUNTS = """Account Number,Name,Email,Employer Email,Phone,Country
PAT-1,Pat Doe,pat@home.example,pat.doe@bigcorp.example,,United States
SAM-2,Sam Roe,sam@home.example,,+44 20 7946 0018,gb
"""


def test_the_country_and_the_employers_address_are_imported(repo: Repository) -> None:
    batch = parse_import_text(ACCOUNTS, file="accounts.csv",
                              options=ReadOptions(locale="en_US", default_currency="USD"))
    report = apply_import(repo, [batch], now=NOW, actor="owner")
    assert not report.errors
    pat = repo.account("PAT-1")
    assert pat is not None and pat.country == "US"
    assert [(c.email, c.employer) for c in pat.contacts] == [
        ("pat@home.example", False), ("pat.doe@bigcorp.example", True)]
    sam = repo.account("SAM-2")
    assert sam is not None and sam.country == "GB"
    assert [c.employer for c in sam.contacts] == [False]


def test_a_country_that_is_not_one_is_reported_with_its_row(repo: Repository) -> None:
    batch = parse_import_text(ACCOUNTS.replace("United States", "Atlantis"),
                              file="accounts.csv",
                              options=ReadOptions(locale="en_US", default_currency="USD"))
    assert any("Atlantis" in str(error) for error in batch.errors)
