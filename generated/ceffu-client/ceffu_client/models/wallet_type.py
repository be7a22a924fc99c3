from enum import IntEnum


class WalletType(IntEnum):
    """Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum; meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet. (the wire value is the integer)"""

    QUALIFIED = 10
    UNDOCUMENTED_11 = 11
    COSIGN = 12
    PRIME = 20
    PRIME_SUB_WALLET = 21

    def __str__(self) -> str:
        return str(self.value)
