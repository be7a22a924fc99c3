from typing import Literal

OAuthApplicationClientType = Literal["confidential", "public"]

O_AUTH_APPLICATION_CLIENT_TYPE_VALUES: set[OAuthApplicationClientType] = {
    "confidential",
    "public",
}


def check_o_auth_application_client_type(value: str) -> OAuthApplicationClientType:
    if value in O_AUTH_APPLICATION_CLIENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {O_AUTH_APPLICATION_CLIENT_TYPE_VALUES!r}")
