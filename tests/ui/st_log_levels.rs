//@ spec: 18.4, 18.1, 11.9
// Parses log lines of the form "[LEVEL] module: message", tallying levels with an enum
// and collecting error messages; malformed lines are reported with their line numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Info,
    Warn,
    Error,
}

fn parse(line: &str) -> Option<(Level, &str, &str)> {
    let line = line.trim();
    if !line.starts_with("[") {
        return None;
    }
    let close = line.find("]")?;
    let level = match &line[1..close] {
        "INFO" => Level::Info,
        "WARN" => Level::Warn,
        "ERROR" => Level::Error,
        _ => return None,
    };
    let rest = line[close + 1..].trim_start();
    let colon = rest.find(": ")?;
    Some((level, &rest[..colon], &rest[colon + 2..]))
}

fn main() {
    let log = "[INFO] net: listening on :8080
[WARN] db: slow query (1200 ms)
  [ERROR] net: connection reset by peer
[DEBUG] core: ignored level
[INFO] core: cache warmed
garbage line
[ERROR] db: disk full: 0 bytes left
[WARN]no-colon-here
";
    let mut counts = [0usize; 3];
    let mut errors: Vec<String> = Vec::new();
    for (i, line) in log.lines().enumerate() {
        match parse(line) {
            Some((level, module, msg)) => {
                counts[level as usize] += 1;
                if level == Level::Error {
                    errors.push(format!("{}@{}", module.to_uppercase(), msg));
                }
                println!("{:>5} {:<5} {}", format!("{:?}", level), module, msg);
            }
            None => println!("line {}: cannot parse {:?}", i + 1, line),
        }
    }
    println!("info {} warn {} error {}", counts[0], counts[1], counts[2]);
    for e in &errors {
        println!("! {}", e);
    }
    let longest = errors.iter().map(|e| e.len()).max().unwrap_or(0);
    println!("longest error {} bytes", longest);
}
