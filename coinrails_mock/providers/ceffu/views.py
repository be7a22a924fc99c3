"""Backend records rendered in Ceffu's wire shapes (amounts as decimal strings, ids as int + string twins)."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from coinrails_mock.providers.ceffu.coins import COINS, NETWORKS
from coinrails_mock.providers.ceffu.models import (
    CONFIRMED,
    INTERNAL,
    AssetLog,
    ExchangeTransfer,
    MirrorLink,
    MirrorOrder,
    MirrorRecord,
    Transfer,
    Txn,
    Wallet,
    WhitelistEntry,
)

EIGHT = Decimal("0.00000001")


def money(value: Decimal) -> str:
    """Ceffu style: at least 8 decimals ("151.00000000"), exact."""
    if value.as_tuple().exponent >= -8:  # type: ignore[operator]
        value = value.quantize(EIGHT)
    return format(value, "f")


def date_text(ms: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ms / 1000))


def wallet(w: Wallet) -> dict[str, Any]:
    return {"walletId": w.wallet_id, "walletIdStr": str(w.wallet_id), "walletName": w.name, "walletType": w.wallet_type}


def sub_wallet(w: Wallet) -> dict[str, Any]:
    return {
        "walletIdStr": str(w.wallet_id),
        "walletId": w.wallet_id,
        "walletName": w.name,
        "walletType": w.wallet_type,
        "autoCollection": w.auto_collection,
        "requestId": w.request_id,
    }


def _txn_common(t: Txn) -> dict[str, Any]:
    return {
        "orderViewId": t.order_id,
        "txId": t.tx_id,
        "transferType": t.transfer_type,
        "direction": t.direction,
        "fromAddress": t.from_address,
        "toAddress": t.to_address,
        "network": t.network,
        "coinSymbol": t.coin,
        "amount": money(t.amount),
        "feeSymbol": t.coin,
        "feeAmount": money(t.fee),
        "status": t.status,
        "confirmedBlockCount": 12 if t.status == CONFIRMED and t.transfer_type != INTERNAL else 0,
        "unlockConfirm": 12,
        "maxConfirmBlock": 12,
        "memo": t.memo or None,
    }


def txn_v1(t: Txn) -> dict[str, Any]:
    """`Transaction`: deposit history/detail, v1 withdrawals, sub-wallet deposit history (v1)."""
    return {
        **_txn_common(t),
        "currentBlock": None,
        "txTime": t.updated_ms,
        "walletId": t.wallet_id,
        "requestId": t.request_id,
    }


def txn_v2(t: Txn) -> dict[str, Any]:
    """`TransactionV2`: v2 withdrawal history/detail."""
    return {**_txn_common(t), "txTime": t.updated_ms, "walletStr": str(t.wallet_id), "requestId": t.request_id}


def txn_sub(t: Txn) -> dict[str, Any]:
    """Sub-wallet transaction (v2 sub-wallet deposit history)."""
    return {**_txn_common(t), "txTime": t.updated_ms, "walletIdStr": str(t.wallet_id), "requestId": t.request_id}


def webhook_data(t: Txn) -> dict[str, Any]:
    return {
        "orderViewId": t.order_id,
        "transferType": t.transfer_type,
        "direction": t.direction,
        "coinSymbol": t.coin,
        "amount": money(t.amount),
        "feeSymbol": t.coin,
        "status": t.status,
        "txTime": t.updated_ms,
        "walletId": t.wallet_id,
        "walletIdStr": str(t.wallet_id),
        "network": t.network,
        "txId": t.tx_id,
        "fromAddress": t.from_address,
        "toAddress": t.to_address,
    }


def transfer_item(t: Transfer) -> dict[str, Any]:
    return {
        "orderViewId": t.order_id,
        "direction": t.direction,
        "fromWalletId": t.from_id,
        "toWalletId": t.to_id,
        "createTime": t.created_ms,
        "coinSymbol": t.coin,
        "amount": money(t.amount),
        "status": t.status,
        "requestId": t.request_id,
    }


def transfer_detail(t: Transfer) -> dict[str, Any]:
    return {
        "orderViewId": t.order_id,
        "direction": t.direction,
        "fromWalletIdStr": str(t.from_id),
        "toWalletIdStr": str(t.to_id),
        "createTime": t.created_ms,
        "coinSymbol": t.coin,
        "amount": money(t.amount),
        "status": t.status,
        "requestId": t.request_id,
    }


def exchange_transfer(t: ExchangeTransfer) -> dict[str, Any]:
    return {
        "orderViewId": t.order_id,
        "direction": t.direction,
        "walletId": t.wallet_id,
        "createTime": t.created_ms,
        "exchangeCode": t.exchange_code,
        "exchangeUserId": t.exchange_user_id,
        "coinSymbol": t.coin,
        "amount": money(t.amount),
        "status": t.status,
        "requestId": t.request_id,
    }


def mirror_link(link: MirrorLink) -> dict[str, Any]:
    return {
        "mirrorXLinkId": link.link_id,
        "binanceUID": link.binance_uid,
        "walletIdStr": str(link.wallet_id),
        "label": link.label,
        "status": link.status,
        "createDate": date_text(link.created_ms),
    }


def mirror_order(order: MirrorOrder, link: MirrorLink) -> dict[str, Any]:
    return {
        "mirrorXLinkId": link.link_id,
        "binanceUID": link.binance_uid,
        "walletIdStr": str(link.wallet_id),
        "orderType": order.order_type,
        "amount": money(order.amount),
        "coinSymbol": order.coin,
        "status": order.status,
        "orderTime": date_text(order.created_ms),
        "orderViewId": order.order_id,
    }


def mirror_record(r: MirrorRecord, link: MirrorLink) -> dict[str, Any]:
    return {
        "recordId": r.record_id,
        "walletIdStr": str(link.wallet_id),
        "binanceUID": link.binance_uid,
        "coinSymbol": r.coin,
        "network": r.network,
        "amount": money(r.amount),
        "operationType": r.operation_type,
        "status": r.status,
        "requestId": r.request_id,
        "createTime": r.created_ms,
    }


def in_btc(coin: str, amount: Decimal) -> Decimal:
    return (amount * COINS[coin].usd_price / COINS["BTC"].usd_price).quantize(EIGHT)


def in_usd(coin: str, amount: Decimal) -> Decimal:
    return (amount * COINS[coin].usd_price).quantize(EIGHT)


def whitelist_entry(e: WhitelistEntry) -> dict[str, Any]:
    network = NETWORKS.get((e.symbol, e.network))
    return {
        "whitelistId": e.whitelist_id,
        "institutionId": e.entity_id,
        "address": e.address,
        "addressType": e.address_type,
        "label": e.label,
        "symbol": e.symbol,
        "network": e.network,
        "protocol": network.protocol if network else None,
        "memo": e.memo,
        "addressStatus": e.status,
        "currentAddressStatus": e.status,
        "createTime": e.created_ms,
        "updateTime": e.updated_ms,
        "correspondentDetail": e.correspondent,
    }


def asset_log(entry: AssetLog, w: Wallet) -> dict[str, Any]:
    return {
        "walletId": str(w.wallet_id),
        "walletName": w.name,
        "network": entry.network,
        "symbol": entry.coin,
        "txId": entry.tx_id,
        "transactionType": entry.kind,
        "amount": money(entry.amount),
        "ts": entry.ts,
    }


def prime_coins() -> list[dict[str, Any]]:
    out = []
    for coin in COINS.values():
        nets = [n for n in NETWORKS.values() if n.coin == coin.symbol]
        out.append(
            {
                "coinId": coin.coin_id,
                "coinSymbol": coin.symbol,
                "coinFullName": coin.full_name,
                "depositEnable": True,
                "withdrawalEnable": True,
                "transferPrecision": coin.transfer_precision,
                "networkConfigList": [
                    {
                        "coinSymbol": n.coin,
                        "coinFullName": coin.full_name,
                        "network": n.network,
                        "depositEnable": True,
                        "withdrawalEnable": True,
                        "withdrawalMin": money(n.minimum),
                        "withdrawalMax": money(n.maximum),
                        "precision": n.precision,
                        "withdrawalFee": money(n.fee),
                        "addressRegex": n.address_regex,
                    }
                    for n in nets
                ],
            }
        )
    return out


def wallet_coins() -> list[dict[str, Any]]:
    """Qualified/Cosign list: one entry per coin and network."""
    return [
        {
            "coinId": COINS[n.coin].coin_id,
            "coinSymbol": n.coin,
            "coinFullName": COINS[n.coin].full_name,
            "network": n.network,
            "protocol": n.protocol,
            "depositEnable": True,
            "withdrawalEnable": True,
            "withdrawalMin": money(n.minimum),
            "withdrawalMax": money(n.maximum),
            "precision": n.precision,
            "addressRegex": n.address_regex,
        }
        for n in NETWORKS.values()
    ]
