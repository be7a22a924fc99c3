"""Ceffu's prepared world (contract_tests/world.py): a funded Prime wallet with a sub-wallet, deposits, a
whitelisted address, a withdrawal, a transfer, MirrorX and Mirror activity; and per operation, a request that
succeeds in it.

Sandbox fixtures (CEFFU_WORLD, JSON): prime, prime_num, sub, receiver, link, link_prime, address (whitelisted,
ETH), deposit_order, deposit_tx, withdrawal_order, withdrawal_request, transfer_order, exchange_order,
v1_order, webhook_id; the Prime wallets funded with a little ETH.
"""

from __future__ import annotations

import time
from decimal import Decimal

from ceffu_client import CeffuClient, models
from mock_control_client import MockControlClient
from mock_control_client.models import DepositCreate, WebhookTargetCreate

from ..targets import Target
from ..world import Request, World

EXTERNAL_ETH = "0x" + "ab" * 20
DAY = 86_400_000


def prepare(target: Target) -> World:
    creds = target.credentials
    w = World()
    with (
        CeffuClient(api_key=creds["api_key"], private_key=creds["private_key"], base_url=target.base_url) as ceffu,
        MockControlClient(base_url=target.base_url) as control,
    ):

        def fund(wallet: str, coin: str, amount: str, sub: bool = False) -> str:
            api = (
                ceffu.sub_wallet_deposits.get_sub_wallet_deposit_address if sub else ceffu.deposits.get_deposit_address
            )
            address = api(wallet_id=wallet, network="ETH", coin_symbol=coin).wallet_address
            return control.simulation.create_deposit(
                body=DepositCreate(address=address, coin_symbol=coin, network="ETH", amount=amount)
            ).order_view_id

        new = models.CreateWalletRequest
        prime = ceffu.wallets.create_wallet(body=new(wallet_name="world prime", wallet_type=20, request_id=w.unique()))
        w["prime"], w["prime_num"] = prime.wallet_id_str, prime.wallet_id
        w["receiver"] = ceffu.wallets.create_wallet(
            body=new(wallet_name="world receiver", wallet_type=10, request_id=w.unique())
        ).wallet_id_str
        w["sub"] = ceffu.sub_wallets.create_sub_wallet(
            body=models.CreateSubWalletRequest(parent_wallet_id=w["prime"], wallet_name="world sub", request_id="ws")
        ).wallet_id_str
        w["deposit_order"] = fund(w["prime"], "ETH", "50")
        fund(w["prime"], "USDT", "1000")
        fund(w["sub"], "ETH", "20", sub=True)
        w["deposit_tx"] = ceffu.deposits.get_deposit_detail(order_view_id=w["deposit_order"])[0].tx_id
        ceffu.whitelisted_addresses.add_whitelist_address(
            body=models.AddWhitelistRequest(
                address_type=1, address=EXTERNAL_ETH, label="world", symbol="ETH", network="ETH"
            )
        )
        w["address"] = EXTERNAL_ETH
        w["withdrawal_request"] = w.unique()
        w["withdrawal_order"] = ceffu.withdrawals.create_withdrawal(
            body=models.CreateWithdrawalRequest(
                wallet_id=w["prime"],
                coin_symbol="ETH",
                network="ETH",
                amount=Decimal("1"),
                withdrawal_address=EXTERNAL_ETH,
                request_id=w["withdrawal_request"],
            )
        ).order_view_id
        w["transfer_order"] = ceffu.internal_transfers.create_sub_wallet_transfer(
            body=models.CreateSubWalletTransferRequest(
                coin_symbol="ETH",
                amount=Decimal("1"),
                from_wallet_id=w["sub"],
                to_wallet_id=w["prime"],
                request_id=w.unique(),
            )
        ).order_view_id
        link = next(ceffu.mirror_x.iter_get_mirror_x_link_ids())
        w["link"], w["link_prime"] = link.mirror_x_link_id, link.wallet_id_str
        fund(w["link_prime"], "ETH", "50")
        ceffu.mirror_x.place_mirror_x_order(
            body=models.PlaceMirrorXOrderRequest(
                mirror_x_link_id=w["link"], order_type=10, coin_symbol="ETH", amount=Decimal("2"), request_id=w.unique()
            )
        )
        mirror = {"mirror_link_id": w["link"], "coin_symbol": "ETH", "network": "ETH", "amount": Decimal("1")}
        ceffu.archive_mirror.apply_mirror_assets(
            body=models.ApplyMirrorAssetsRequest(operation_type="1", request_id=w.unique(), **mirror)
        )
        w["exchange_order"] = ceffu.archive_wallet.transfer_with_exchange(
            body=models.TransferWithExchangeRequest(
                amount=Decimal("0.5"),
                coin_symbol="ETH",
                exchange_code=10,
                exchange_user_id="35000001",
                parent_wallet_id=w["link_prime"],
                request_id=w.unique(),
            )
        ).order_view_id
        w["v1_order"] = ceffu.archive_wallet.create_withdrawal_v1(
            body=models.CreateWithdrawalV1Request(
                wallet_id=w["link_prime"],
                coin_symbol="ETH",
                network="ETH",
                amount=Decimal("0.2"),
                to_wallet_id_str=w["prime"],
                request_id=w.unique(),
            )
        ).order_view_id
        w["webhook_id"] = control.webhooks.add_webhook_target(
            body=WebhookTargetCreate(url="http://127.0.0.1:9/world")
        ).webhook_id
    return w


def _window() -> dict[str, int]:
    now = int(time.time() * 1000)
    return {"startTime": now - DAY, "endTime": now + 60_000}


def _page(**query: object) -> dict[str, object]:
    return {"pageLimit": 10, "pageNo": 1, **query}


def _q(fn):  # a query built from the world
    return lambda w: {"query": fn(w)}


def _b(fn):  # a body built from the world
    return lambda w: {"body": fn(w)}


REQUESTS: dict[str, Request] = {
    "getSystemStatus": {"query": {"bizType": 10, "walletType": 20}},
    "getPrimeWalletCoins": {},
    "getQualifiedWalletCoins": {},
    "getCosignWalletCoins": {},
    "createWallet": _b(lambda w: {"walletName": "ct wallet", "walletType": 20, "requestId": w.unique()}),
    "updateWallet": _b(lambda w: {"walletId": w["prime"], "walletName": "world prime"}),
    "getWalletList": {"query": _page()},
    "getWalletAssetList": _q(lambda w: {"walletId": w["prime"]}),
    "getWalletAssetSummary": _q(lambda w: {"walletIdStr": w["prime"]}),
    "getDepositAddress": _q(lambda w: {"walletId": w["prime"], "network": "ETH", "coinSymbol": "ETH"}),
    "getDepositHistory": _q(lambda w: {"walletId": w["prime"], **_window()}),
    "getDepositDetail": _q(lambda w: {"orderViewId": w["deposit_order"]}),
    "createWithdrawal": _b(
        lambda w: {
            "walletId": w["prime"],
            "coinSymbol": "ETH",
            "network": "ETH",
            "amount": "0.1",
            "withdrawalAddress": w["address"],
            "requestId": w.unique(),
        }
    ),
    "getWithdrawalFee": _q(lambda w: {"walletId": w["prime"], "coinSymbol": "ETH", "network": "ETH"}),
    "getWithdrawalHistory": _q(lambda w: _page(walletId=w["prime"], **_window())),
    "getWithdrawalDetail": _q(lambda w: {"orderViewId": w["withdrawal_order"]}),
    "getWhitelistList": {"query": _page()},
    "getWhitelistOptions": {},
    "addWhitelistAddress": _b(
        lambda w: {
            "addressType": 1,
            "address": "0x" + w.unique("")[1:].ljust(40, "0")[:40],
            "label": "ct",
            "symbol": "ETH",
            "network": "ETH",
        }
    ),
    "getTransactionHistory": {
        "body": {
            "startDate": time.strftime("%Y%m%d", time.gmtime()),
            "endDate": time.strftime("%Y%m%d", time.gmtime()),
            "walletType": 20,
            "pageLimit": 10,
        }
    },
    "createSubWallet": _b(lambda w: {"parentWalletId": w["prime"], "walletName": "ct sub", "requestId": w.unique()}),
    "updateSubWallet": _b(lambda w: {"walletId": w["sub"], "walletName": "world sub"}),
    "getSubWalletList": _q(lambda w: _page(parentWalletId=w["prime"])),
    "getSubWalletAssetList": _q(lambda w: {"walletId": w["sub"]}),
    "getSubWalletAssetSummary": _q(lambda w: {"walletIdStr": w["prime"]}),
    "getSubWalletDepositAddress": _q(lambda w: {"walletId": w["sub"], "network": "ETH", "coinSymbol": "ETH"}),
    "getSubWalletDepositAddressList": _q(lambda w: _page(parentWalletId=w["prime"], coinSymbol="ETH", network="ETH")),
    "getSubWalletDepositHistory": _q(lambda w: {"walletId": w["sub"], **_window()}),
    "getSubWalletDepositHistoryByPrime": _q(lambda w: {"walletId": w["prime"], **_window()}),
    "createSubWalletTransfer": _b(
        lambda w: {
            "coinSymbol": "ETH",
            "amount": "0.1",
            "fromWalletId": w["sub"],
            "toWalletId": w["prime"],
            "requestId": w.unique(),
        }
    ),
    "getSubWalletTransferHistory": _q(lambda w: {"walletId": w["sub"], **_window()}),
    "getSubWalletTransferDetail": _q(lambda w: {"walletIdStr": w["sub"], "orderViewId": w["transfer_order"]}),
    "getMirrorXLinkIds": {"query": _page()},
    "getMirrorXAvailableAmount": _q(lambda w: {"mirrorXLinkId": w["link"], "coinSymbol": "ETH", "orderType": 10}),
    "getMirrorXPositions": _q(lambda w: _page(mirrorXLinkId=w["link"])),
    "getMirrorXOrders": _q(lambda w: _page(mirrorXLinkId=w["link"], **_window())),
    "placeMirrorXOrder": _b(
        lambda w: {
            "mirrorXLinkId": w["link"],
            "orderType": 10,
            "coinSymbol": "ETH",
            "amount": "0.1",
            "requestId": w.unique(),
        }
    ),
    "resendWebhook": _b(
        lambda w: {
            "webhookId": w["webhook_id"],
            "eventType": "1",
            "resendFromDateTime": int(time.time() * 1000) - DAY,
        }
    ),
    "getMirrorLinkedUids": _q(lambda w: _page(walletIdStr=w["link_prime"])),
    "applyMirrorAssets": _b(
        lambda w: {
            "mirrorLinkId": w["link"],
            "operationType": "1",
            "coinSymbol": "ETH",
            "network": "ETH",
            "amount": "0.1",
            "requestId": w.unique(),
        }
    ),
    "settleMirrorAssets": _b(
        lambda w: {
            "mirrorLinkId": w["link"],
            "operationType": "2",
            "coinSymbol": "ETH",
            "network": "ETH",
            "amount": "0.1",
            "requestId": w.unique(),
        }
    ),
    "getMirrorOperationRecords": _q(lambda w: _page(walletIdStr=w["link_prime"], **_window())),
    "getMirrorPositions": _q(lambda w: _page(walletIdStr=w["link_prime"])),
    "getMirrorPositionSummary": _q(lambda w: {"walletIdStr": w["link_prime"]}),
    "transferWithExchange": _b(
        lambda w: {
            "amount": "0.1",
            "coinSymbol": "ETH",
            "exchangeCode": 10,
            "exchangeUserId": "35000001",
            "parentWalletId": w["link_prime"],
            "requestId": w.unique(),
        }
    ),
    "getExchangeTransferHistory": _q(lambda w: _page(walletId=w["link_prime"], **_window())),
    "getExchangeTransferDetail": _q(lambda w: {"walletId": w["link_prime"], "orderViewId": w["exchange_order"]}),
    "createWithdrawalV1": _b(
        lambda w: {
            "walletId": w["link_prime"],
            "coinSymbol": "ETH",
            "network": "ETH",
            "amount": "0.1",
            "toWalletIdStr": w["prime"],
            "requestId": w.unique(),
        }
    ),
    "getWithdrawalHistoryV1": _q(lambda w: _page(walletId=w["link_prime"], **_window())),
    "getWithdrawalDetailV1": _q(lambda w: {"orderViewId": w["v1_order"]}),
    "getSubWalletListV1": _q(lambda w: _page(parentWalletId=w["prime"])),
}
