"""Backend records rendered in Bitunix's wire shapes: amounts as decimal strings (never floats), user-endpoint
times as ms integers, order times as ISO 8601 strings, ids as strings."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from coinrails_mock.engine.numbers import JsonNumber
from coinrails_mock.providers.bitunix.coins import COINS, NETWORKS, PAIRS, Network
from coinrails_mock.providers.bitunix.market import iso
from coinrails_mock.providers.bitunix.models import BUY, LIMIT, Deal, Deposit, Order, QuickAddress, WithdrawTransfer

HUNDRED = Decimal(100)


ZERO = Decimal(0)
_STEPS = [Decimal(1).scaleb(-places) for places in range(33)]  # quantize steps by number of places


def _step(places: int) -> Decimal:
    return _STEPS[places] if 0 <= places < len(_STEPS) else Decimal(1).scaleb(-places)


def padded(value: Decimal, places: int = 0) -> Decimal:
    """`value` with at least `places` decimals, exactly (0 for a zero, never "-0" or "0E-8")."""
    if not value:
        value = ZERO
    if -value.as_tuple().exponent < places:  # type: ignore[operator]
        value = value.quantize(_step(places))
    return value


def money(value: Decimal, places: int = 0) -> str:
    """Exact decimal text with at least `places` decimals ("19.000000")."""
    text = format(value if value else ZERO, "f")
    if places > 0:
        dot = text.find(".")
        if (0 if dot < 0 else len(text) - dot - 1) < places:
            text = format((value if value else ZERO).quantize(_step(places)), "f")
    return text


def coin_money(value: Decimal, coin: str) -> str:
    return money(value, COINS[coin].precision if coin in COINS else 0)


_ZERO_NUMBERS = {places: JsonNumber(padded(ZERO, places)) for places in range(len(_STEPS))}


def coin_number(value: Decimal, coin: str) -> JsonNumber:
    """`coin_money` as a bare JSON number: the same digits."""
    places = COINS[coin].precision if coin in COINS else 0
    if not value and places in _ZERO_NUMBERS:  # most balances: no arithmetic
        return _ZERO_NUMBERS[places]
    return JsonNumber(padded(value, places))


def withdraw_transfer(r: WithdrawTransfer) -> dict[str, Any]:
    return {
        "id": r.record_id,
        "outBizId": r.out_biz_id,
        "coin": r.coin,
        "network": r.network,
        "amount": coin_money(r.receive, r.coin),
        "feeCoin": r.coin,
        "fee": coin_money(r.fee, r.coin),
        "type": r.kind,
        "toAddress": r.address,
        "address": r.address,
        "memo": r.memo,
        "transactionHash": r.tx_hash,
        "toType": r.to_type,
        "toUid": r.to_uid,
        "toPhoneCountryCode": r.to_phone_country_code,
        "toPhoneNumber": r.to_phone_number,
        "toEmail": r.to_email,
        "remark": r.remark,
        "status": r.status,
        "ctime": r.created_ms,
    }


def deposit(d: Deposit) -> dict[str, Any]:
    return {
        "id": d.deposit_id,
        "transactionHash": d.tx_hash,
        "coin": d.coin,
        "network": d.network,
        "type": d.kind,
        "fromAddress": d.from_address,
        "toAddress": d.to_address,
        "amount": coin_money(d.amount, d.coin),
        "status": d.status,
        "ctime": d.created_ms,
    }


def placed(o: Order) -> dict[str, Any]:
    return {
        "orderId": o.order_id,
        "side": o.side,
        "type": o.order_type,
        "volume": o.placed_volume,
        "price": o.placed_price,
        "symbol": o.symbol,
        "placeStatus": "1",
    }


def order(o: Order) -> dict[str, Any]:
    pair = PAIRS[o.symbol]
    amount = o.price * o.volume if o.price is not None else o.deal_amount
    left_amount = o.price * o.left if o.price is not None and o.open else Decimal(0)
    average = o.deal_amount / o.deal_volume if o.deal_volume else Decimal(0)
    fee_coin = pair.base if o.side == BUY else pair.quote
    return {
        "orderId": o.order_id,
        "userId": o.uid,
        "orderType": o.order_type,
        "symbol": o.symbol,
        "base": pair.base,
        "quote": pair.quote,
        "side": o.side,
        "type": o.order_type,
        "status": o.status,
        "price": money(o.price, pair.quote_precision) if o.order_type == LIMIT and o.price is not None else None,
        "avgPrice": money(average.quantize(Decimal(1).scaleb(-(pair.quote_precision + 4))).normalize(), 0),
        "volume": money(o.volume, pair.base_precision),
        "dealVolume": money(o.deal_volume, pair.base_precision),
        "leftVolume": money(o.left if o.open else Decimal(0), pair.base_precision),
        "amount": money(amount, pair.quote_precision),
        "dealAmount": money(o.deal_amount, pair.quote_precision),
        "leftAmount": money(left_amount, pair.quote_precision),
        "progress": money((o.deal_volume / o.volume * HUNDRED).quantize(Decimal("0.01")), 0),
        "fee": money(o.fee),
        "feeCoin": fee_coin,
        "ctime": iso(o.created_ms),
        "utime": iso(o.updated_ms),
    }


def deal(d: Deal) -> dict[str, Any]:
    return {
        "id": d.deal_id,
        "volume": money(d.volume),
        "price": money(d.price),
        "fee": money(d.fee),
        "feeCoin": d.fee_coin,
        "role": d.role,
        "ctime": iso(d.created_ms),
    }


def _network(n: Network) -> dict[str, Any]:
    return {
        "network": n.network,
        "chain": n.chain,
        "contractPrecision": n.precision,
        "contractAddress": n.contract,
        "requireMemo": n.memo,
        "depositConfirm": n.confirmations,
        "addressRegular": n.address_regex,
        "isOpen": 1,
        "depositOpen": 1,
        "isShow": 1,
        "withdrawOpen": 1,
        "withdrawMin": money(n.withdraw_min),
        "withdrawMax": money(n.withdraw_max),
        "depositMin": money(n.deposit_min),
    }


def coins() -> list[dict[str, Any]]:
    out = []
    for c in COINS.values():
        nets = [n for n in NETWORKS.values() if n.coin == c.symbol]
        out.append(
            {
                "name": c.symbol,
                "fullName": c.full_name,
                "logo": None,
                "track": None,
                "quotePrecision": str(c.precision),
                "minPrice": None,
                "isOpen": 1,
                "isHot": 1 if c.symbol in ("BTC", "ETH", "USDT") else 0,
                "depositOpen": 1,
                "isShow": 1,
                "withdrawOpen": 1,
                "withdrawMin": money(min(n.withdraw_min for n in nets)),
                "withdrawMax": money(max(n.withdraw_max for n in nets)),
                "networks": [_network(n) for n in nets],
            }
        )
    return out


def coin_pairs() -> list[dict[str, Any]]:
    return [
        {
            "id": str(i),
            "base": p.base,
            "quote": p.quote,
            "basePrecision": str(p.base_precision),
            "quotePrecision": str(p.quote_precision),
            "minPrice": money(Decimal(1).scaleb(-p.quote_precision)),
            "minVolume": money(p.min_volume),
            "isOpen": "1",
            "isHot": "1" if p.base in ("BTC", "ETH") else "0",
            "isRecommend": "1" if p.base == "BTC" else "0",
            "isShow": "1",
            "tradeArea": p.quote,
            "sort": str(i),
            "openTime": "2023-01-01T00:00:00Z",
            "precisions": list(p.precisions),
        }
        for i, p in enumerate(PAIRS.values(), start=1)
    ]


def quick_address(q: QuickAddress) -> dict[str, Any]:
    return {
        "addressId": q.address_id,
        "uid": q.uid,
        "coin": q.coin,
        "network": q.network,
        "address": q.address,
        "memo": q.memo,
        "label": q.label,
    }
