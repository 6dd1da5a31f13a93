//@ exit-code: 3
//@ spec: 8.3, 12.5, 17.8
// A config loader collects owned error messages and exits with a status code; exit ends the
// process at once, so locals with Drop impls never run their destructors (no "closing" line).
struct LogFile {
    name: String,
}

impl Drop for LogFile {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

struct Setting {
    key: String,
    value: String,
}

fn parse(lines: &[&str]) -> (Vec<Setting>, Vec<String>) {
    let mut ok = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let parts: Vec<&str> = line.split('=').collect();
        if parts.len() == 2 && !parts[0].trim().is_empty() {
            ok.push(Setting { key: parts[0].trim().to_string(), value: parts[1].trim().to_string() });
        } else {
            errors.push(format!("line {}: bad entry {:?}", n + 1, line));
        }
    }
    (ok, errors)
}

fn main() {
    {
        let early = LogFile { name: String::from("early.log") };
        println!("opened {}", early.name);
    }
    let _log = LogFile { name: String::from("main.log") };
    let input = ["port = 8080", "host=localhost", "oops", "= 5", "debug = true"];
    let (settings, errors) = parse(&input);
    for s in &settings {
        println!("{} -> {}", s.key, s.value);
    }
    if !errors.is_empty() {
        for e in errors {
            println!("error: {}", e);
        }
        std::process::exit(settings.len() as i32);
    }
    println!("all good");
}
