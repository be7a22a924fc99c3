"""The shared ledger rules (coinrails_mock.engine.ledger) on hand-made books: each rule holds on sound books and
reports the broken one, so the providers' checks cannot pass vacuously."""

from __future__ import annotations

from decimal import Decimal

from coinrails_mock.engine.ledger import CREDIT, DEBIT, FEE, HOLD, Balance, Entry, Ledger, Watch, check

D = Decimal


def books(total: str = "97", held: str = "10", fee_shown: str = "1", requested: str = "10") -> Ledger:
    """A deposit of 100 and a completed withdrawal of 2 + fee 1 on account `a`, plus an open one holding 10."""
    ledger = Ledger("test", {("a", "USD"): Balance(D(total), D(held))})
    ledger.record("deposit:1", "success", [Entry("a", "USD", CREDIT, D(100))], {"amount": D(100)})
    ledger.record(
        "withdrawal:2",
        "completed",
        [Entry("a", "USD", DEBIT, D(2)), Entry("a", "USD", FEE, D(1))],
        {"requested": D(3), "amount": D(2), "fee": D(fee_shown)},
        [("requested", ("amount", "fee"))],
        "fee",
    )
    ledger.record(
        "withdrawal:3",
        "pending",
        [Entry("a", "USD", HOLD, D(10))],
        {"requested": D(requested), "amount": D(9), "fee": D(1)},
        [("requested", ("amount", "fee"))],
        "fee",
    )
    return ledger


def test_sound_books_pass():
    assert check(books()) == []


def test_a_balance_that_moved_without_a_record_is_reported():
    [problem] = check(books(total="96"))
    assert "balance 96 != credits - debits - fees of its records 97" in problem


def test_held_funds_must_be_the_open_records():
    [problem] = check(books(held="11"))
    assert "held 11 != what open records hold 10" in problem


def test_a_fee_must_show_in_the_record_that_charges_it():
    problems = check(books(fee_shown="0.5"))
    assert any("charged a fee of 1 but shows fee 0.5" in p for p in problems)
    assert any("requested 3 != amount + fee 2.5" in p for p in problems)


def test_figures_must_add_up():
    [problem] = check(books(requested="11"))
    assert problem == "withdrawal:3: requested 11 != amount + fee 10"


def test_nothing_negative_and_nothing_held_beyond_the_balance():
    ledger = Ledger("test", {("a", "USD"): Balance(D(5), D(6))})
    ledger.record("x:1", "success", [Entry("a", "USD", CREDIT, D(5))], {"amount": D(-5)})
    ledger.record("x:2", "pending", [Entry("a", "USD", HOLD, D(6))])
    problems = check(ledger)
    assert any("figure amount is negative" in p for p in problems)
    assert any("held 6 outside 0..5" in p for p in problems)


def test_watch_reports_a_figure_changing_sign_or_a_record_changing_direction():
    watch = Watch()
    first = Ledger("test")
    first.record("w:1", "pending", [Entry("a", "USD", HOLD, D(10))], {"amount": D(10)})
    assert watch.observe(first) == []
    done = Ledger("test")
    done.record("w:1", "completed", [Entry("a", "USD", DEBIT, D(10))], {"amount": D(10)})
    assert watch.observe(done) == []  # held, then debited: the same direction
    refunded = Ledger("test")
    refunded.record("w:1", "failed", [], {"amount": D(10)})
    assert watch.observe(refunded) == []  # nothing moves any more: allowed
    flipped = Ledger("test")
    flipped.record("w:1", "reversed", [Entry("a", "USD", CREDIT, D(10))], {"amount": D(-10)})
    assert sorted(watch.observe(flipped)) == [
        "w:1: a USD changed direction from failed to reversed",
        "w:1: amount changed sign from failed to reversed",
    ]
