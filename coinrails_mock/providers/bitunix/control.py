"""The Bitunix operations of the control API (specs/mock-control.yaml, tag `bitunix`, under /_mock/bitunix/):
deposits, withdrawal/transfer progress, the quick-withdrawal list, order fills, market price and a balance view
that includes the futures account."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coinrails_mock.engine.provider import ControlError, ControlHandler, control_call
from coinrails_mock.providers.bitunix import views
from coinrails_mock.providers.bitunix.backend import BitunixBackend
from coinrails_mock.providers.bitunix.coins import COINS
from coinrails_mock.providers.bitunix.credentials import MAIN, USERS
from coinrails_mock.providers.bitunix.models import ZERO


def run(action: Callable[[], Any]) -> Any:
    """A backend action; Bitunix errors become control errors naming the Bitunix code."""
    return control_call(action, with_code=True)


def control_handlers(backend: Callable[[], BitunixBackend]) -> dict[str, ControlHandler]:
    """Handlers by operationId; `backend()` is the current backend (a reset replaces it)."""

    def deposit(body: dict[str, Any], _: dict[str, Any]) -> dict[str, Any]:
        d = run(
            lambda: backend().deposit(
                body["address"],
                body["coin"],
                body["network"],
                body["amount"],
                body.get("memo"),
                body.get("status", "success"),
                body.get("fromAddress"),
                body.get("transactionHash"),
            )
        )
        return {**views.deposit(d), "uid": d.uid}

    def advance_deposit(body: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        d = run(lambda: backend().advance_deposit(args["depositId"], body.get("to", "success")))
        return {**views.deposit(d), "uid": d.uid}

    def advance(body: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        r = run(lambda: backend().advance(args["recordId"], body.get("to")))
        return {**views.withdraw_transfer(r), "uid": r.uid, "approved": r.approved}

    def quick_list(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        uid = args.get("uid")
        b = backend()
        entries = b.quick.values() if uid is None else b.user_quick_addresses(uid)
        return {"addresses": [views.quick_address(q) for q in entries]}

    def quick_add(body: dict[str, Any], _: dict[str, Any]) -> dict[str, Any]:
        q = run(
            lambda: backend().add_quick_address(
                body.get("uid", MAIN.uid),
                body["coin"],
                body["network"],
                body["address"],
                body.get("memo"),
                body.get("label"),
            )
        )
        return views.quick_address(q)

    def quick_delete(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        return {"deleted": run(lambda: backend().remove_quick_address(args["addressId"])).address_id}

    def fill(body: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        o = run(lambda: backend().fill(args["orderId"], body.get("volume"), body.get("price")))
        return views.order(o)

    def set_price(body: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        filled = run(lambda: backend().set_price(args["symbol"], body["price"]))
        return {
            "symbol": args["symbol"],
            "price": views.money(backend().prices[args["symbol"]]),
            "filled": [o.order_id for o in filled],
        }

    def accounts(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        uid = args["uid"]
        if uid not in USERS:
            raise ControlError(404, "not_found", f"no user {uid}")
        b = backend()
        return {
            "uid": uid,
            "spot": [
                {
                    "coin": c,
                    "balance": views.coin_money(row.available, c),
                    "balanceLocked": views.coin_money(row.locked, c),
                }
                for c, row in b.spot(uid)
            ],
            "futures": [{"coin": c, "balance": views.coin_money(b.futures.get((uid, c), ZERO), c)} for c in COINS],
        }

    return {
        "bitunixCreateDeposit": deposit,
        "bitunixAdvanceDeposit": advance_deposit,
        "bitunixAdvanceWithdrawTransfer": advance,
        "bitunixListQuickAddresses": quick_list,
        "bitunixAddQuickAddress": quick_add,
        "bitunixDeleteQuickAddress": quick_delete,
        "bitunixFillOrder": fill,
        "bitunixSetPrice": set_price,
        "bitunixGetAccounts": accounts,
    }
