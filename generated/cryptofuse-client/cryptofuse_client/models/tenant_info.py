from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from .._runtime.secrets import secret_repr
from ..models.tenant_info_account_type import TenantInfoAccountType, check_tenant_info_account_type
from ..models.tenant_info_status import TenantInfoStatus, check_tenant_info_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_info_api_usage import TenantInfoApiUsage
    from ..models.tenant_info_features import TenantInfoFeatures
    from ..models.tenant_info_limits import TenantInfoLimits
    from ..models.tenant_info_statistics import TenantInfoStatistics


T = TypeVar("T", bound="TenantInfo")


@_attrs_define
class TenantInfo:
    """The tenant. The overview shows `name`, `transaction_fee`, `is_fee_paid_by_user`, `webhook_callback_url`,
    `webhook_secret_masked`; another page adds the other fields (and `webhook_secret` = the first characters of the
    secret).

    """

    name: str
    """ Tenant (company) name. """
    id: int | str | Unset = UNSET
    """ Tenant id. """
    schema_name: str | Unset = UNSET
    """ Tenant schema (multi-tenant database). """
    account_type: TenantInfoAccountType | Unset = UNSET
    """ `individual` or `business` account. """
    status: TenantInfoStatus | Unset = UNSET
    """ `active`, `suspended` or `pending` (not yet approved). """
    created_on: str | Unset = UNSET
    """ Creation date. """
    contact_email: None | str | Unset = UNSET
    """ Contact e-mail. """
    transaction_fee: Decimal | Unset = UNSET
    """ Fee percentage on payments (a JSON number, e.g. `1.0` = 1 %). """
    is_fee_paid_by_user: bool | Unset = UNSET
    """ Default for who pays the fee. """
    webhook_callback_url: None | str | Unset = UNSET
    """ Tenant webhook URL. """
    webhook_secret_masked: None | str | Unset = UNSET
    """ Masked webhook secret, e.g. `sec_****fgh`. """
    webhook_secret: None | str | Unset = _attrs_field(repr=secret_repr, default=UNSET)
    """ First characters of the webhook secret (other doc page). """
    is_ip_whitelist_enabled: bool | Unset = UNSET
    """ Whether API calls are restricted to `ip_whitelist`. """
    ip_whitelist: list[str] | Unset = UNSET
    """ Allowed IPs. """
    api_usage: TenantInfoApiUsage | Unset = UNSET
    """ API usage counters. """
    limits: TenantInfoLimits | Unset = UNSET
    """ Account limits. """
    statistics: TenantInfoStatistics | Unset = UNSET
    """ Account statistics. """
    features: TenantInfoFeatures | Unset = UNSET
    """ Enabled features. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        schema_name = self.schema_name

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        created_on = self.created_on

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        transaction_fee: Decimal | Unset = UNSET
        if not isinstance(self.transaction_fee, Unset):
            transaction_fee = exact_number(self.transaction_fee, "transaction_fee")

        is_fee_paid_by_user = self.is_fee_paid_by_user

        webhook_callback_url: None | str | Unset
        if isinstance(self.webhook_callback_url, Unset):
            webhook_callback_url = UNSET
        else:
            webhook_callback_url = self.webhook_callback_url

        webhook_secret_masked: None | str | Unset
        if isinstance(self.webhook_secret_masked, Unset):
            webhook_secret_masked = UNSET
        else:
            webhook_secret_masked = self.webhook_secret_masked

        webhook_secret: None | str | Unset
        if isinstance(self.webhook_secret, Unset):
            webhook_secret = UNSET
        else:
            webhook_secret = self.webhook_secret

        is_ip_whitelist_enabled = self.is_ip_whitelist_enabled

        ip_whitelist: list[str] | Unset = UNSET
        if not isinstance(self.ip_whitelist, Unset):
            ip_whitelist = self.ip_whitelist

        api_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_usage, Unset):
            api_usage = self.api_usage.to_dict()

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if schema_name is not UNSET:
            field_dict["schema_name"] = schema_name
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if status is not UNSET:
            field_dict["status"] = status
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if transaction_fee is not UNSET:
            field_dict["transaction_fee"] = transaction_fee
        if is_fee_paid_by_user is not UNSET:
            field_dict["is_fee_paid_by_user"] = is_fee_paid_by_user
        if webhook_callback_url is not UNSET:
            field_dict["webhook_callback_url"] = webhook_callback_url
        if webhook_secret_masked is not UNSET:
            field_dict["webhook_secret_masked"] = webhook_secret_masked
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret
        if is_ip_whitelist_enabled is not UNSET:
            field_dict["is_ip_whitelist_enabled"] = is_ip_whitelist_enabled
        if ip_whitelist is not UNSET:
            field_dict["ip_whitelist"] = ip_whitelist
        if api_usage is not UNSET:
            field_dict["api_usage"] = api_usage
        if limits is not UNSET:
            field_dict["limits"] = limits
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if features is not UNSET:
            field_dict["features"] = features

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_info_api_usage import TenantInfoApiUsage  # noqa: PLC0415
        from ..models.tenant_info_features import TenantInfoFeatures  # noqa: PLC0415
        from ..models.tenant_info_limits import TenantInfoLimits  # noqa: PLC0415
        from ..models.tenant_info_statistics import TenantInfoStatistics  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        schema_name = d.pop("schema_name", UNSET)

        _account_type = d.pop("account_type", UNSET)
        account_type: TenantInfoAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = check_tenant_info_account_type(_account_type)

        _status = d.pop("status", UNSET)
        status: TenantInfoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_tenant_info_status(_status)

        created_on = d.pop("created_on", UNSET)

        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contact_email", UNSET))

        _transaction_fee = d.pop("transaction_fee", UNSET)
        transaction_fee: Decimal | Unset
        if isinstance(_transaction_fee, Unset):
            transaction_fee = UNSET
        else:
            transaction_fee = decimal_number(_transaction_fee)

        is_fee_paid_by_user = d.pop("is_fee_paid_by_user", UNSET)

        def _parse_webhook_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_callback_url = _parse_webhook_callback_url(d.pop("webhook_callback_url", UNSET))

        def _parse_webhook_secret_masked(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_secret_masked = _parse_webhook_secret_masked(d.pop("webhook_secret_masked", UNSET))

        def _parse_webhook_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_secret = _parse_webhook_secret(d.pop("webhook_secret", UNSET))

        is_ip_whitelist_enabled = d.pop("is_ip_whitelist_enabled", UNSET)

        ip_whitelist = cast(list[str], d.pop("ip_whitelist", UNSET))

        _api_usage = d.pop("api_usage", UNSET)
        api_usage: TenantInfoApiUsage | Unset
        if isinstance(_api_usage, Unset):
            api_usage = UNSET
        else:
            api_usage = TenantInfoApiUsage.from_dict(_api_usage)

        _limits = d.pop("limits", UNSET)
        limits: TenantInfoLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = TenantInfoLimits.from_dict(_limits)

        _statistics = d.pop("statistics", UNSET)
        statistics: TenantInfoStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = TenantInfoStatistics.from_dict(_statistics)

        _features = d.pop("features", UNSET)
        features: TenantInfoFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = TenantInfoFeatures.from_dict(_features)

        _tenant_info = cls(
            name=name,
            id=id,
            schema_name=schema_name,
            account_type=account_type,
            status=status,
            created_on=created_on,
            contact_email=contact_email,
            transaction_fee=transaction_fee,
            is_fee_paid_by_user=is_fee_paid_by_user,
            webhook_callback_url=webhook_callback_url,
            webhook_secret_masked=webhook_secret_masked,
            webhook_secret=webhook_secret,
            is_ip_whitelist_enabled=is_ip_whitelist_enabled,
            ip_whitelist=ip_whitelist,
            api_usage=api_usage,
            limits=limits,
            statistics=statistics,
            features=features,
        )

        _tenant_info.additional_properties = d
        return _tenant_info

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
