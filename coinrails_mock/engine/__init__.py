"""Provider-independent machinery: spec compilation, HTTP app, clock, persistence, faults, webhooks."""
