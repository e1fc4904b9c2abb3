use std::process::ExitCode;

fn main() -> ExitCode {
    hotline_site::cli::main()
}
