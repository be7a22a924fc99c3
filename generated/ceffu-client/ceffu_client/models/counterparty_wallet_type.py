from enum import IntEnum


class CounterpartyWalletType(IntEnum):
    """Counterparty wallet type: `0` VASP, `1` unhosted / self-hosted wallet, `2` others. (the wire value is the integer)"""

    VASP = 0
    UNHOSTED = 1
    OTHERS = 2

    def __str__(self) -> str:
        return str(self.value)
