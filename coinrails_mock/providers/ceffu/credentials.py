"""Built-in Ceffu test credentials. TEST-ONLY keys, committed on purpose: never use them anywhere real.

Tenants: MAIN (full-permission key + an "Enable Enquiry"-only key) and OTHER (full-permission key), so tests can
exercise G20016 (missing permission group) and G20013 (another tenant's wallet). The webhook key signs the
mock's webhook notifications; clients verify with `webhook_public_key_b64()`.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import cache
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from coinrails_mock.engine.provider import rsa_private_key as private_key

ENQUIRY = "Enable Enquiry"
WALLET_MANAGEMENT = "Enable Wallet Management"
WITHDRAWAL = "Enable Withdrawal"
WHITELIST_CHECKING = "Enable Whitelisted Address Checking"
TRANSACTION_HISTORY = "Transaction History"
INTERNAL_TRANSFER = "Enable Internal Transfer"
MIRROR_OPERATION = "Enable Mirror Operation"
TRANSFER_WITH_EXCHANGE = "Enable Transfer with Exchange"
ALL_PERMISSIONS = frozenset(
    {
        ENQUIRY,
        WALLET_MANAGEMENT,
        WITHDRAWAL,
        WHITELIST_CHECKING,
        TRANSACTION_HISTORY,
        INTERNAL_TRANSFER,
        MIRROR_OPERATION,
        TRANSFER_WITH_EXCHANGE,
    }
)

MAIN_ENTITY = "367070228881951744"
OTHER_ENTITY = "367070228881951745"

# base64 PKCS#8 DER RSA-2048 private keys (Ceffu's secret format). TEST ONLY.
MAIN_PRIVATE_KEY = (
    "MIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQC7QaMcHrRXC8DokvROj9zi4GWgwY6M3/TXjfMt1+UvNGv9MMpG"
    "5XnmGTWV9KTxMIeqnWI8G9L2K4FoNh8rttBf8mfIps07rcbpazzVf9eyXu68NtI5AOKUfmJ2IYaFFQzJLgw1ZOD3lIokJJg8UFwa"
    "fie2neg9bo/BS56GkwQMrUOMntdFEZKYh+QvYKX/ZTkMVGAAXNoP9y4YoFevVD3EEUgWmM3EwW1bYjHVwF2b3i05HqshdNz0YPV7"
    "JJRizt2qOye0YgCf2Wwhd1dPfXz8xFj/2Y/lK8ErIynx3avfJN5TAM0IRb4TbYUxV9y56vLQeLeMz0SAdnC9nqJXbEC1AgMBAAEC"
    "ggEAJL4y3rQpp8DfJ+OZ+4ZgDcaBOoNwULUrKlaoplCsIFCVdfdqYXHqsts0eAmqicb/f9tk6K1+/h24RTYFdMLo7UK32ZfdQn4N"
    "P0TzCWON8+qLxrOtGVFSpFeOQ2a9qgRg32LhM2Lpf7sORhxGIOOVxv8FFOC0LsWwgHmxj+9uBnxs7fLq5tv1gt+XJoJbOTebfwcu"
    "RmeaGoBaEC4PDsYhOF3hS6KxvF3NQFk6rNrKj5qfwKSiNAivyKkey/AYUDPNht/j8RcVBruCOsqpdi+RfVsVnswOXOZM+EhRyRqa"
    "keXZggHxwEnpMcuUk7iXxaIYcED+MsoEu7v+xWmo4mmXcQKBgQDnDNSiL59oJZUOCpB7xRtteUP5vp2C6HG6Iybg5NU8Sz38gJ2h"
    "d47237n94t369GL+JB/9W+SjQ2ll89xfD8mepP1URBiw8Oy0uGafrt8UerC268U6BtPt5wtAaPm1/U0Xepw2FO9cZ5DChalwBHAk"
    "bcAYJ1KAy63W2RGFWQ87OQKBgQDPeitHc+32g4eLdX95smIl0n7jyBhqjVlOj+TrdkYcP2FhrEH/FJ6O2MZK5oCmv/GbNso+37bK"
    "LDdOIZtbVOjNxfoskJDbOnSTXzaYnVfplGPcVHyMPJd41a5NQz8VWxnPyV0ehAWJpDPUCKz4tq1CnkuuFSBnQsdqomFUsXilXQKB"
    "gQCue84IPRaQu/D4jZnXHl88KRvgesbQmWFpRCqUI7u0sM265hYkXfmlDgeTZ8RjRDON4RIXb1IWyU3LJIIDeBS2rbpx7IsI9KiN"
    "QcSeSp1FBfJ18U8cJxPc0WJ53czWVtflJz7YyK6KhduYSwBOC8v0dr1egDOZ+DbrzTmiDkOmYQKBgQDE9d52I4jo965KZw3P8tcX"
    "vr9077S2Gl+IpDOWkB44nLaOqZ+xTtrDEukTm8TQB/GN/rJ6g5gcT2NlSaQZTP8AsYwwmEDbzZ9zc/T5Zo1ZkeRG+vGNk8vcC0Y/"
    "1LHjTSuwxSEgYgZ7xyToih/isFDEqE+CAE5VmOCEy4gIhb3ZhQKBgQCrmQnJEnxGwDuAAfbInktrez1qFf7iBUe5rPORSivJN0zv"
    "GQ91T+nrVbTNzZ2Yo5aMqIyLe9cCY4toHW1wuUm5AMEFso17kd8vy9Sf/dU2q14grd8Ec6VitbDKPj+7i+oLkyzBy8rfXcfw/mAZ"
    "gH+tiGW1WZ4ZjiQvymsjf9AhqQ=="
)

READONLY_PRIVATE_KEY = (
    "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCxYambSwBJMyblXAmi8h9yWuaTWzzQKltGU9YwNiuyWfe2pDYa"
    "Ym3PsjYM0omvpzxTfbWBmL+qBpnbTaM/Bl24ZopYmOs8coGusayWnm0SddXEVV2djsngOOGu9PNEW4M9Dj4PFEL30P7FiQw8LgGP"
    "X05imWJg/L63FEe06L99R61S6W+6+cFM6nmVdbnS7ujyff2g89hMnjjYIWe9CC3vHmj++icGeNn2MGJ5iILq21akXkezQd9rMRVO"
    "tWasHYtzNh1k88l2NuHjK2Y4d2qEwiCKGRof6rqbRzKtzZNuLE3iXFG7Qatlh1d1SNcY/0PdjcqLdxTxTV3ue0aryVj/AgMBAAEC"
    "ggEAAKHngpKRjVvtqehabxv2jr185aOao5IIbJzEk7wYYHS/qbALiAE31li9UUMNk0nBBk8uxCfbmcCXmyzmBcXWXwpGjgBQPmaY"
    "yHBWZtxpE9AbE1h2kqboA1ul5QN3O+l+SKEctDMPS2Y8XPnwcuUlw5wZtxzy49j4LnDtEdu5QGTCfyKhyHh45QOrEv6t0Ej5R/sh"
    "5yZpu/r2XIIzsr2SO+VGUnr3teULKuel0Rda3J7KtzKu/kplfibfyzTQv1radPLz/nV+dU3duYoIvy0heEo+GbyNoTt6wydh2VF3"
    "hv/HPMG2p1395neZ2uAXtdyyIIyn0Z7gX2iPJyUgeSxi+QKBgQD0ROXb2OUpdUSUuV8+pQqI7yTnFselTqslg6721jTdUZRNneiL"
    "/pTfbRXrA5W7XonxNVaVFh4x7V4Bm3yw7XQ8TEO6Ve/NOx771twopbxG962SIRTQs7rVYtSOKaCPwgtM9Di6S0LC7bEbTCGgYx7F"
    "x/J/XSAKQQcU8gevioCKkwKBgQC55m6rJKGFx7F7sCuBysrr7nGu4XkELny+dFT/wUfW3CkXoWPuFJORaqEpmHQb70ylWoHT3+hj"
    "fLEsceo+gWGSkGdPngBskOxotUro+6zrNzW55BnMCAEoFlOZKIgd0iOqhhzu/s8j21m3cGxS4UFHxGgg4Z5C+zayfFPfG/W/ZQKB"
    "gQCctq850veDF6c+O4etqzkNDVCBqg3AMq5+zPMtjdQwwawB9/NADb75cQUE2DHyGf8p72xzDdOleII9ScI/yLgwD0XMgGHvK6T/"
    "MaPhuCMI7NJA1FSEaSrOyC9SXcaTNI0HfBABBVP5t4FO4BMa0Tzm6xbbO6XYrkua1oSzzIoXXQKBgQCaYJoW1dys1CC3rpzytA2/"
    "z8vohqWQq2o8Xy8XFNMrwrj9PrFVzRCe+gXMHSaO7DKiPn8CDDdYJvybBB6auablp7WjkHqZreAlNCh5QkdfLgIX1Sz3Gs6bE69o"
    "yRgAa7niqmzsq/4osMfYZiwOx7EGgDxY0gQza5sIreaYqQdzYQKBgGhpWSDnZBQ8haCl2sFEo8hYKzFRst0dYjCZJ+TCSmMoQHm/"
    "msed8XnzgHPUsykGL8jiAtCc+NfVC7cY31tEB23ZBn+Z68Yedp3PMTKTphN7n+EwkPP1/cLhFtl7WuownfOEVT/2TZFCoBu8u5R3"
    "PXcn1z+mZ4au1ncy/5Suxy1B"
)

OTHER_TENANT_PRIVATE_KEY = (
    "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCrZWXHHFvHc0tcGY9CBS8bMvudmpDRrBR5KO+O1uKCV1ouqZM6"
    "ozv/Bkdi5/P/U1oKcP8IVTZJ+A2K5VBwE1FGZVv7baN/GqiGj6xj5vwmvZahJ+y8C2jwSEAhiM8Qs6ap6TAFMcIxX5JBoccf37YI"
    "mk9eW3mqNXovpzX3g7qYo9sCbLxM3hgApE4cO1ftLdgnoF1sBhs13wZbFJAWIDpR2VBXy1FcK8CD1y7/iy9FHXaSq15OARpcezht"
    "3E8uujFmm77Tm4OgqpzdY6psVKN5x2X1YRjZXd8idN0Jisj79E3BgZeQAWqt9OuUwqgYFVYd1TeeUbBiG26jqRJ3DLMJAgMBAAEC"
    "ggEADIE93zyQ76jYRzRwMMtrB+t80x9bUIjjB4H2lG/WH9das4vYu478Sht9qtgsg6TjrV5YJRX+e4AXENqxNzQZmm67usjhhF0A"
    "Da0+0R0hqXvsmP5uNbwJYHqM/0VZgijxUHU8dSyPtAV6iMJSYl9yiwcjIkm/Qy1aqE5lUBUy0H8JFJzjTcs9q9QjNEMm6TZ4nRpS"
    "BFttpJcayxRfjujLsbrKv4nKAjJDMGQnjQHp5mWYGbPffov7eqO9/FmmFg6RtNfIcCdRwz7cfzc8qsFTCWKeY6aBCQydILvGw6+t"
    "1R55ei8fJzBy0ngyeRk+WZUwGRZ7pxDXorfCnROr8yENlwKBgQDxWAYpO76UBtFrTmcfYBaUEkWYSvjOsEFz3B3ppiKF0OuH122h"
    "hJA97MaK16EuD9EmOYB33tcQ8fMJEjdQkJ8ho4QdxHgB7VAZAGCfwWvn6byTFeoObYXZOG/czaT8o24n0BwWI6E2IgMWCPu1apbs"
    "tQWULY6DjR3Z3UdGjKAtywKBgQC1zfPlnYdN1/GCRv87EyJAOX9UyxjPWFx5ZxpF/1MYaEZJFgi+YQeBe/t4KhWXSkJbClTx7Dvx"
    "xZdUe5m6V+8C1kKUZoBt4y9E0PPzIyjiZPzxNysxGdAkrk0XmyXUp78ORRm6lkq8OHmq2+oZefyRfvIGWjjznyKc5Rk42lXH+wKB"
    "gDSSfCUXQph0M8IwPf5zq/dtU4OtMS20700RseJnsjV8IRJiNxtsCQ+0ODueZRnnkCPHetihzi9+xPZA5ZPDLSbiu7DQT2P8Eeqg"
    "Tmv+ckb+f3l62JVz/ignRxbOJRZzc1dw2e1orYFhP1LZehs2sNG3TRPOKLE3WD1RGmmf0HSpAoGAUn1oNL8NLVzVz+62z+8Wk12D"
    "UM32K95D1zHY0fnPkjt96Jt+zCLqbO38Y8F0mnivMu+1Ky+s4z5sM4EBd3N+lyLwgrUfgLycLfVBOwiw/EgmHKyThGvZ7UrI3/Ud"
    "bSfPoIHp8qdOsahOTCAMUBLxbnLTDd7SCHgkFFw+3XTzhxECgYBXUgvGa/fo3OpQQBsbYOPj18migqA+58BuRCVfc93eHAU5Rqea"
    "EZPfCgXfwZURz3CW0vWNDoDr1XAL6pXQ5EH7umfjQpD/x4boz9D8rmkCZPpd5di4MER1y2IeFnlk+fd0ahkExqSQz97roFa2aJr6"
    "TuOeZPdIC332vSQRhPdn2g=="
)

WEBHOOK_PRIVATE_KEY = (
    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCoPdes+BDJi8tOol09uxFMYxZlJANkzRnkEKdO74n4a7DQN0JF"
    "V4027hOacubGd3xrMfPa9yADHXnhwstaK/noMWKLsB53EKN6Bu4ICkMjUp4ZMTBBs/x3AFpp5QWlcQDveGiOeyIbkC0ghLl4Eaab"
    "sL/MHDM5p6PaFwoHmYEkGD1QBkPpj4QhT3JsHNLN694sQ4X5NrjVN5qjC5zHbvAKs3pKRPDFm7ZxnM64PHQ1e8pj3n8sMLb12TIE"
    "ryQWXrB8qHx+S0o5acsWQGQLhuVEHw7/7K7t5X7Ntw3/vPDY72UkqYsb3LAWgxlkwvEoimCB7QGoyx1IgPmBoKBC+GSrAgMBAAEC"
    "ggEAN5OyVyPdW88P2sqdFaLh3IORJtkmO9rbNjFgK53KzKM6lhXjEQgSkLZGCIvze1WGZtzqCwf+7biDhlY0mfWUCSWjQbTs43U+"
    "I7X9VO+a7STCMF1E7Td5a5BUzc2Ht3bkkbcLhyHbCxLuLWNa53ShPqY9Pb6FF4MvCAD7YbZOaG8GH8rYCTOWhkZv4DOV1SqWDONb"
    "Fl4qmUf9nZ08WVhlFa8N4OPyWnkBWQzP2pWAZ5NSY98qsTekVLEC0Ci8fHi7KatzTY9+p66+QJ+xKn9uZnZmGMvUJmIuKYRzME91"
    "0hzDM3tHLxleRLgAcbXcNoM1XY/Y/Ox752w7gS37m/xuvQKBgQDbsEPQd6S56hf2PDkE+3dMSiVXRLNDKRO67nwZ8JqRVUtqOsD5"
    "8xJZI9D8D/Dwv6+2MLXwj1IPWWFyJk2QxDyrT45iKuRpmQ8DGfkbqqwT6A4a+XPjyaxceeED6kvUW/cQI+lbsrX/iOVLygXVhfe5"
    "dz2OnJy96dCadwxestUb5wKBgQDEDLCIVrsG7POrGaLZp9uOE3Ux91OHRjEkdwtH/gmeHjCdoJDeNEgbFCYMALXaiWZi7T/zm/8m"
    "CZswLyA67CROhTf7+7xMAsLsLTvMJrGM9eogPdwgxJetqYFOgrHkQrbj4OgrLEtfIgCGrVRb+ZwhqUbDp1oPpgOl32Uwrv54nQKB"
    "gCKuXuZIHP8kj4fV1gKNWDX49pAiTlJp5614/Kpzq1MKLg+lGtXao6ji2JkSQy0edbTDV9WUKpY1vAZzOYeDEzjQJGAm+UwaV55b"
    "uVG+zc+OsLtdaggpzEYFD5q4oCP0KLqpkKtjOQwQJnKif+1HauYihts+qhfpE39vD8rbXH09AoGAc2K0k8nYEd9sGovgGRJ+WkSB"
    "eYMDml5plfiqnxiZOIK0QlG6cc17ktRtACt63MB5jkfsl8h8hzqoJ9fUtFk/lSc7KAelb2dAqhiFVUaAwWILBibiZDbQvtlAzaCG"
    "ar4JPl2kx6QuSDOO87UYLXnftsAWchkRHJytEPdGazzTcNECgYEAs6UdBOCuFzFcadfGWV5YO1CxP1NJCUQnXyXbw/5yzJKrDEl+"
    "XQxIX/Jf5Ts2nnuXwPCQUH4XETsVdERO2zcIZiNF5nlBavZ2Ftfti7fR+nMNhS7IQZcBle+pbg+P43MH0lrxSYPSjCQTaUd3UG/D"
    "kopauOl5u8p3MBRQtqTijdI="
)


@dataclass(frozen=True)
class ApiKey:
    api_key: str
    entity_id: str
    permissions: frozenset[str]
    private_key_b64: str


MAIN_KEY = ApiKey("coinrails-test-main-4f1c2a9e8b7d", MAIN_ENTITY, ALL_PERMISSIONS, "".join(MAIN_PRIVATE_KEY))
READONLY_KEY = ApiKey(
    "coinrails-test-readonly-7a3e5c1d9f20", MAIN_ENTITY, frozenset({ENQUIRY}), "".join(READONLY_PRIVATE_KEY)
)
OTHER_KEY = ApiKey(
    "coinrails-test-other-2b8d6f4a0c13", OTHER_ENTITY, ALL_PERMISSIONS, "".join(OTHER_TENANT_PRIVATE_KEY)
)
API_KEYS = {k.api_key: k for k in (MAIN_KEY, READONLY_KEY, OTHER_KEY)}


@cache
def public_key(api_key: str) -> rsa.RSAPublicKey:
    """The verification key of a built-in API key (loaded once)."""
    return private_key(API_KEYS[api_key].private_key_b64).public_key()


def webhook_private_key() -> rsa.RSAPrivateKey:
    return private_key("".join(WEBHOOK_PRIVATE_KEY))


def webhook_public_key_b64() -> str:
    """base64 X.509 SubjectPublicKeyInfo DER, the form Ceffu hands out."""
    der = (
        webhook_private_key()
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return base64.b64encode(der).decode()


def credentials_json(base_url: str) -> dict[str, Any]:
    """What `coinrails-mock credentials ceffu` prints."""
    return {
        "provider": "ceffu",
        "base_url": base_url,
        "api_key": MAIN_KEY.api_key,
        "private_key": MAIN_KEY.private_key_b64,
        "readonly_api_key": READONLY_KEY.api_key,
        "readonly_private_key": READONLY_KEY.private_key_b64,
        "other_tenant_api_key": OTHER_KEY.api_key,
        "other_tenant_private_key": OTHER_KEY.private_key_b64,
        "webhook_public_key": webhook_public_key_b64(),
    }
