//@ run-pass
//@ spec: 11.10 11.11 11.14
// let-else and if-let on enums parse tiny "key=value" commands from string slices.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cmd {
    Set { key: &'static str, val: u32 },
    Clear(&'static str),
    Bad,
}

fn digit(s: &str) -> u32 {
    match s {
        "0" => 0, "1" => 1, "2" => 2, "3" => 3, "4" => 4,
        "5" => 5, "6" => 6, "7" => 7, "8" => 8, "9" => 9,
        _ => 99,
    }
}

fn number(s: &str) -> u32 {
    let mut v = 0;
    let mut i = 0;
    while i < s.len() {
        let d = digit(&s[i..i + 1]);
        if d == 99 { return 99999; }
        v = v * 10 + d;
        i += 1;
    }
    v
}

fn parse(line: &'static str) -> Cmd {
    let mut eq = line.len();
    let mut i = 0;
    while i < line.len() {
        if &line[i..i + 1] == "=" { eq = i; break; }
        i += 1;
    }
    if eq == line.len() {
        if line.len() > 1 && &line[..1] == "-" {
            return Cmd::Clear(&line[1..]);
        }
        return Cmd::Bad;
    }
    Cmd::Set { key: &line[..eq], val: number(&line[eq + 1..]) }
}

fn value_of(c: Cmd) -> u32 {
    let Cmd::Set { val, .. } = c else {
        return 0;
    };
    val
}

fn main() {
    let lines = ["width=640", "height=480", "-depth", "oops", "x=12a", "=7"];
    let mut total = 0;
    for l in lines {
        let c = parse(l);
        println!("{:<11} => {:?}", l, c);
        total += value_of(c);
        if let Cmd::Clear(k) = c {
            println!("    clearing {} ({} bytes)", k, k.len());
        } else if let Cmd::Set { key: "", .. } = c {
            println!("    empty key!");
        }
    }
    println!("total = {}", total);
    let Cmd::Set { key, val: v @ 600..=700 } = parse("w=650") else { panic!("no match") };
    println!("{} {}", key, v);
}
