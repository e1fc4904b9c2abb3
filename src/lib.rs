//! hotline-site: the public website of a national human trafficking hotline.
//!
//! See ARCHITECTURE.md for the map of modules and the path from a content file to a response.

pub mod assets;
pub mod bidi;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod directory;
pub mod discovery;
pub mod export;
pub mod i18n;
pub mod material;
pub mod memory;
pub mod packed;
pub mod parallel;
pub mod phases;
pub mod published;
pub mod readability;
pub mod render;
pub mod search;
pub mod server;
pub mod site;
pub mod tips;
