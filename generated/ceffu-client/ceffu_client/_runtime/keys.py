"""RSA private keys as the providers hand them out (Ceffu, xCurrency): one reader, one error message."""

from __future__ import annotations

import base64

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def load_rsa_private_key(
    key: str | bytes | rsa.RSAPrivateKey, argument: str = "private_key", provider: str = "the provider's"
) -> rsa.RSAPrivateKey:
    """The RSA private key to sign with. Accepted forms:

    - base64 of PKCS#8 DER, as a str or bytes (the form the providers hand out; whitespace and line breaks ignored);
    - PEM: `-----BEGIN PRIVATE KEY-----` (PKCS#8) or `-----BEGIN RSA PRIVATE KEY-----` (PKCS#1), unencrypted;
    - raw DER bytes, or an already loaded `cryptography` RSAPrivateKey.

    A malformed key raises ValueError naming `argument` (never echoing the key).
    """
    if isinstance(key, rsa.RSAPrivateKey):
        return key
    if not isinstance(key, str | bytes):
        raise TypeError(f"{argument} must be a str, bytes or RSAPrivateKey, not {type(key).__name__}")
    raw = key.encode() if isinstance(key, str) else key
    try:
        if raw.lstrip().startswith(b"-----BEGIN"):
            loaded = serialization.load_pem_private_key(raw, password=None)
        elif isinstance(key, bytes) and raw[:1] == b"\x30":  # DER starts with a SEQUENCE tag
            loaded = serialization.load_der_private_key(raw, password=None)
        else:
            der = base64.b64decode(b"".join(raw.split()), validate=True)
            loaded = serialization.load_der_private_key(der, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:  # binascii.Error is a ValueError
        what = "PEM" if raw.lstrip().startswith(b"-----BEGIN") else "base64 PKCS#8 DER"
        raise ValueError(
            f"{argument}: not a readable RSA private key (read as {what}: {type(exc).__name__}); "
            "expected base64 PKCS#8 DER or unencrypted PEM"
        ) from None
    if not isinstance(loaded, rsa.RSAPrivateKey):
        raise ValueError(f"{argument}: {provider} signing keys are RSA keys, not {type(loaded).__name__}")
    return loaded
