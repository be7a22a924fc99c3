"""Pagination: iter_* walks pageNo 1..totalPage (sync and async), passing the caller's filters."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import httpx
from ceffu_client.models import TransactionHistoryRequest

from .conftest import envelope


def wallet(n: int) -> dict:
    return {"walletId": 10**18 + n, "walletIdStr": str(10**18 + n), "walletName": f"w{n}", "walletType": 20}


def paged_wallets(total: int, limit: int, seen: list[dict]):
    pages = max(1, -(-total // limit))

    def handler(request: httpx.Request) -> httpx.Response:
        query = {k: v[0] for k, v in parse_qs(request.url.query.decode()).items()}
        seen.append(query)
        page_no, page_limit = int(query["pageNo"]), int(query.get("pageLimit", limit))
        items = [wallet(i) for i in range((page_no - 1) * page_limit, min(total, page_no * page_limit))]
        return envelope({"data": items, "totalPage": pages, "pageNo": page_no, "pageLimit": page_limit})

    return handler


def test_iterates_every_item_across_pages(make_client):
    seen: list[dict] = []
    client = make_client(paged_wallets(total=7, limit=3, seen=seen))
    names = [w.wallet_name for w in client.wallets.iter_get_wallet_list(page_limit=3)]
    assert names == [f"w{i}" for i in range(7)]
    assert [q["pageNo"] for q in seen] == ["1", "2", "3"] and all(q["pageLimit"] == "3" for q in seen)
    assert all("timestamp" in q for q in seen)


def test_empty_result_is_one_request(make_client):
    seen: list[dict] = []
    assert list(make_client(paged_wallets(total=0, limit=5, seen=seen)).wallets.iter_get_wallet_list()) == []
    assert len(seen) == 1


def test_stops_on_empty_page_when_total_page_is_zero(make_client):
    """Ceffu sometimes answers totalPage 0 with items (archive v1 example): stop at the first empty page."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page_no = int(parse_qs(request.url.query.decode())["pageNo"][0])
        calls.append(page_no)
        items = [wallet(page_no)] if page_no <= 2 else []
        return envelope({"data": items, "totalPage": 0, "pageNo": page_no, "pageLimit": 1})

    assert len(list(make_client(handler).wallets.iter_get_wallet_list(page_limit=1))) == 2
    assert calls == [1, 2, 3]


def test_post_body_pagination(make_client):
    bodies: list[dict] = []
    row = {
        "walletId": "1",
        "walletName": "w",
        "network": "BSC",
        "symbol": "BNB",
        "txId": "",
        "transactionType": "Receive",
        "amount": "0.01100000",
        "ts": 1711702341000,
    }

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        bodies.append(body)
        return envelope({"data": [row] * 2, "totalPage": 2, "pageNo": body["pageNo"], "pageLimit": 2})

    request = TransactionHistoryRequest(start_date="20240301", end_date="20240331", wallet_type=20, page_limit=2)
    rows = list(make_client(handler).transactions.iter_get_transaction_history(body=request))
    assert len(rows) == 4 and [b["pageNo"] for b in bodies] == [1, 2]


async def test_async_iteration(make_async_client):
    seen: list[dict] = []
    async with make_async_client(paged_wallets(total=5, limit=2, seen=seen)) as client:
        names = [w.wallet_name async for w in client.wallets.iter_get_wallet_list(page_limit=2)]
    assert names == [f"w{i}" for i in range(5)] and len(seen) == 3
