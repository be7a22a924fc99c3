from typing import Literal

MirrorXLinkStatus = Literal[0, 1, 2, 3, 4, 5, 10, 11, 12, 13]

MIRROR_X_LINK_STATUS_VALUES: set[MirrorXLinkStatus] = {
    0,
    1,
    2,
    3,
    4,
    5,
    10,
    11,
    12,
    13,
}


def check_mirror_x_link_status(value: int) -> MirrorXLinkStatus:
    if value in MIRROR_X_LINK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIRROR_X_LINK_STATUS_VALUES!r}")
