//@ run-pass
//@ spec: 11.2 11.4
// Derived Default fills nested config structs; struct-update syntax overrides a few fields.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Mode {
    #[default]
    Normal,
    Verbose,
    Quiet,
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Limits {
    max_conn: u16,
    timeout_s: f64,
    retries: i8,
}

#[derive(Debug, Default, Clone, Copy)]
struct Config {
    mode: Mode,
    port: u16,
    debug: bool,
    sep: char,
    limits: Limits,
    ratio: (f32, u64),
    buckets: [u8; 3],
}

impl Config {
    fn production() -> Config {
        Config {
            port: 443,
            limits: Limits { max_conn: 1000, timeout_s: 2.5, ..Limits::default() },
            ..Config::default()
        }
    }
}

fn main() {
    let d = Config::default();
    println!("{:?}", d);
    println!("sep is nul: {} ({})", d.sep == '\0', d.sep as u32);
    let p = Config::production();
    println!("{:#?}", p.limits);
    let q = Config { mode: Mode::Quiet, debug: true, ..p };
    println!("{:?} {} {} {}", q.mode, q.port, q.debug, q.limits.max_conn);
    println!("{}", q.limits == p.limits);
    println!("{}", Limits::default() == Limits { max_conn: 0, timeout_s: 0.0, retries: 0 });
    let m = Mode::default();
    println!("{:?} {:?}", m, Mode::Verbose);
    let z = Limits::default();
    println!("{} {} {}", z.max_conn, z.timeout_s, z.retries);
}
