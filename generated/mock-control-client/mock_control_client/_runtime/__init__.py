"""Provider-independent client runtime (coinrails overrides/runtime, copied into every client)."""
