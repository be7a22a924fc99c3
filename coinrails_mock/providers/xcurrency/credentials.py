"""Built-in xCurrency test credentials. TEST-ONLY keys, committed on purpose: never use them anywhere real.

One tenant (platform): an App Key and Secret Key for `POST /payout/oauth/token`, and the platform's RSA key pair.
The platform signs request bodies with the private key; the mock verifies with the public half (the key the
platform registered with xCurrency).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa

from coinrails_mock.engine.provider import rsa_private_key as private_key

# base64 PKCS#8 DER RSA-2048 private key of the platform. TEST ONLY.
PLATFORM_PRIVATE_KEY = (
    "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDIw3lX6ZxugV0lJ0q2DGCVqgRL078OAVirAgT82Sv6982BKQuO"
    "Nr8J8MyhL6zml5b5e8PGxg6lRDKI13l6QNDbWhSXin13WP4jV5XRU3UdG42fHfJKw9pFF9R98VuI1rtcLUuF/gi0ldgC+8Fh7C3j"
    "ezg6hRwzyq3Wz2bocIJF9L0TBvAyxvyigD3kF0sxGd4It4U6X0yJAqlNANoHERJVTSvZ4niqb94mf+9sKBmkLNT+ufezUcE3ctcs"
    "/etP3sqEDI1nDkVX1AFDtMwmGZjDH/NeJgeFn97WVGhYOt/jddq+OFmwO/jFngWYyeVjUrX4WwXhGobIB6R9SKpTuC9TAgMBAAEC"
    "ggEADIJ+/XxgCVQO7XFnqrUAu7KutoQzjngvrJA2pq69mn4gabZDXbw0O+FWTuDn9te79OsXsDtyeYJ+B6AtlfGTUhJoirzQGUS2"
    "qUBxjxaSi0VxQK30BWFI04Sq8qIRyxKzoAhugU3qqvNUqh2X14sznM4hGycPh9FO8xNUspJ4Jkr/xaySAEzaVaaoZMhDxhpIxgJH"
    "mccu0s09Tq3TJ5WM3qzQ4UJXi/Og+uyckZCCFEI2lU+h8C2hbSOYE6yIGVnB/zDqXRIunM1rLdkHHks4U0qiyX1lkk5UUoOHrwpc"
    "Qasv7ntH3gGNweFGvoizVU9yc727ex8eIjodLCDAv/BYCQKBgQDvW6vKGfy/q8l8aoCcshQDPiK2EUymWdKU2LaWJ0jCe2iHyHCK"
    "MeCnW8SKcXEw6FRVs4YE91HmuqxWAcVdmzMVG0NPIGpr0yC5wQVhb2by4Nv0ttcwemj+fUupVCFad6NqS4LxeT4MobxI3O/hPhw0"
    "U4TsKmuzcRnZqTu+/WSIjwKBgQDWuNwpaBRb8TKgPkPAVuX+4bXJfnKWg1qeKmne5hHhS7wWmIaBb9BUvk2t2r0IfWOtG3Zcm02M"
    "tIEi6PEPj/xjX7OkwIO7KDYnWvgoqU2TZn/g46/GHZagGgUzylGb51qPxXx8Fw6SF4etUwIVJ3vFgMy0QCSJ/jVxAEWI72gm/QKB"
    "gQCq7AxVio8pE/QSaz8iJiwSULmax+mzVKsCbWqc+LqFXni7lY9/r7Rb7jUAI5gPs6gdds/6Fd4fZCgSVrtoZ55nsQs0otI74w0Y"
    "eFRuSo36XEXVjwdFb/Qv3qs75H7YylwgWIHOC6Uaghgg89w8PQ0I9KcTugsknVw3SRkH/oxe0wKBgCWVP7vjosShCBpyK4ur6h/d"
    "w+LbxhTAMwlCJTvFi1Wi2u4djlVzi8R5dsE6ayHkSKEREHuPF1jMc1n36dGugx+lrZzlsWj91dS3oH4FfDWTmEh1sdt8bFPjmguB"
    "mx0ttnU5vNs/ceZyReY5hEDNo2VjcPEP1RVuME5yHLmmJdXFAoGBALtxSq3ONeAw0bNUYMO+hihWTzGCw3sCVjChFXRufYkUB3iS"
    "JK3yBJlmBcD3OcEamOpm0oAqlYQ1f91Dll1xiI60Uo4SXGROm1iV8ZAnI/nbFrWe/GF9okoP/ase8Rk/pri7CGO2Wa9gKWAD2e7B"
    "RhtZ28nFLmPU06diq5Qe/n/I"
)


@dataclass(frozen=True)
class App:
    """A platform's credentials."""

    app_key: str
    secret_key: str
    private_key_b64: str


MAIN_APP = App("xc-test-app-5d2b8e71c4a9", "xc-test-secret-9f3a61d07be24c58", PLATFORM_PRIVATE_KEY)
APPS = {a.app_key: a for a in (MAIN_APP,)}


@cache
def public_key(app_key: str) -> rsa.RSAPublicKey:
    """The public key the platform registered for `app_key` (loaded once)."""
    return private_key(APPS[app_key].private_key_b64).public_key()


def credentials_json(base_url: str) -> dict[str, Any]:
    """What `coinrails-mock credentials xcurrency` prints."""
    return {
        "provider": "xcurrency",
        "base_url": base_url,
        "app_key": MAIN_APP.app_key,
        "secret_key": MAIN_APP.secret_key,
        "private_key": MAIN_APP.private_key_b64,
    }
