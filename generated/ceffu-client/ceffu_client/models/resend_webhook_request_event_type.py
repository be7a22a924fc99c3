from typing import Literal

ResendWebhookRequestEventType = Literal["1", "2", "3", "4"]

RESEND_WEBHOOK_REQUEST_EVENT_TYPE_VALUES: set[ResendWebhookRequestEventType] = {
    "1",
    "2",
    "3",
    "4",
}


def check_resend_webhook_request_event_type(value: str) -> ResendWebhookRequestEventType:
    if value in RESEND_WEBHOOK_REQUEST_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESEND_WEBHOOK_REQUEST_EVENT_TYPE_VALUES!r}")
