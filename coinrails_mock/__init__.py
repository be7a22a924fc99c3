"""coinrails stateful mock servers: a spec-driven HTTP engine plus per-provider rule backends."""
