from enum import IntEnum


class SubWalletTransferDirection(IntEnum):
    """Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime, `70` auto-collection (SDK only). (the wire value is the integer)"""

    PRIME_TO_SUB_WALLET = 10
    SUB_WALLET_TO_PRIME = 20
    SUB_WALLET_TO_SUB_WALLET = 30
    PRIME_TO_PRIME = 40
    AUTO_COLLECTION = 70

    def __str__(self) -> str:
        return str(self.value)
