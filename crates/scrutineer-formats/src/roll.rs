//! Placeholder: being written in parallel (replaced before it lands).
