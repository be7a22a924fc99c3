from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_statistics import BalanceStatistics
    from ..models.get_balances_response_account import GetBalancesResponseAccount
    from ..models.get_balances_response_sub_accounts import GetBalancesResponseSubAccounts


T = TypeVar("T", bound="GetBalancesResponse")


@_attrs_define
class GetBalancesResponse:
    """Aggregated balances, keyed by currency code."""

    account: GetBalancesResponseAccount
    """ Master account, per currency code. """
    sub_accounts: GetBalancesResponseSubAccounts
    """ Wallets, per currency code. """
    statistics: BalanceStatistics | Unset = UNSET
    """ Counters (another doc page shows `total_deposits`/`total_withdrawals` here). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account.to_dict()

        sub_accounts = self.sub_accounts.to_dict()

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "sub_accounts": sub_accounts,
            }
        )
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_statistics import BalanceStatistics  # noqa: PLC0415
        from ..models.get_balances_response_account import GetBalancesResponseAccount  # noqa: PLC0415
        from ..models.get_balances_response_sub_accounts import GetBalancesResponseSubAccounts  # noqa: PLC0415

        d = dict(src_dict)
        account = GetBalancesResponseAccount.from_dict(d.pop("account"))

        sub_accounts = GetBalancesResponseSubAccounts.from_dict(d.pop("sub_accounts"))

        _statistics = d.pop("statistics", UNSET)
        statistics: BalanceStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = BalanceStatistics.from_dict(_statistics)

        _get_balances_response = cls(
            account=account,
            sub_accounts=sub_accounts,
            statistics=statistics,
        )

        _get_balances_response.additional_properties = d
        return _get_balances_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
