//@ run-pass
//@ spec: 11.11
// Integer and char range patterns count for exhaustiveness: these matches need no `_`.

fn sign(x: i32) -> &'static str {
    match x {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1.. => "positive",
    }
}

fn bucket(b: u8) -> u8 {
    match b {
        0..=63 => 0,
        64..128 => 1,
        128..=u8::MAX => 2,
    }
}

fn small(x: i8) -> i8 {
    match x {
        ..0 => -1,
        0..=9 => x,
        10.. => 10,
    }
}

fn wide(x: u128) -> u32 {
    match x {
        0 => 0,
        1..=1000 => 1,
        1001.. => 2,
    }
}

fn wide_signed(x: i128) -> i32 {
    match x {
        ..=-1 => -1,
        0..=0 => 0,
        1..=i128::MAX => 1,
    }
}

// usize and isize have no fixed MAX/MIN to match on: half-open ranges cover them
fn size_class(n: usize) -> &'static str {
    match n {
        0 => "empty",
        1..=9 => "small",
        10.. => "large",
    }
}

fn offset(d: isize) -> isize {
    match d {
        ..=-1 => -1,
        0 => 0,
        1.. => 1,
    }
}

fn kind(c: char) -> &'static str {
    match c {
        '\0'..='/' => "low",
        '0'..='9' => "digit",
        ':'..='@' => "punct",
        'A'..='Z' | 'a'..='z' => "letter",
        '['..='`' | '{'..='\u{7f}' => "ascii",
        '\u{80}'..='\u{d7ff}' | '\u{e000}'..='\u{10ffff}' => "other",
    }
}

// ranges nested in tuples, enums and structs, split against each other
fn pair(p: (bool, u8)) -> u8 {
    match p {
        (true, 0..=99) => 1,
        (true, 100..) => 2,
        (false, 0..=9) => 3,
        (false, 5..=200) => 4,
        (false, 150..=255) => 5,
    }
}

enum Reading {
    Temp(i16),
    Level { value: u16, ok: bool },
    Off,
}

fn describe(r: &Reading) -> String {
    match r {
        Reading::Temp(i16::MIN..=-1) => "freezing".to_string(),
        Reading::Temp(0..=30) => "mild".to_string(),
        Reading::Temp(31..) => "hot".to_string(),
        Reading::Level { value: 0..=99, ok: true } => "low ok".to_string(),
        Reading::Level { value: 100.., ok: true } => "high ok".to_string(),
        Reading::Level { ok: false, .. } => "fault".to_string(),
        Reading::Off => "off".to_string(),
    }
}

struct Grade {
    score: u8,
}

fn letter(g: &Grade) -> char {
    match g {
        Grade { score: 90.. } => 'A',
        Grade { score: 80..90 } => 'B',
        Grade { score: 0..80 } => 'C',
    }
}

fn opt(x: Option<u16>) -> u16 {
    match x {
        Some(0) | None => 0,
        Some(1..=u16::MAX) => 1,
    }
}

fn main() {
    for x in [i32::MIN, -7, 0, 3, i32::MAX] {
        print!("{} ", sign(x));
    }
    println!();
    println!("{} {} {} {}", bucket(0), bucket(64), bucket(127), bucket(255));
    println!("{} {} {}", small(-128), small(7), small(127));
    println!("{} {} {}", wide(0), wide(1000), wide(u128::MAX));
    println!("{} {} {}", wide_signed(i128::MIN), wide_signed(0), wide_signed(i128::MAX));
    println!("{} {} {}", size_class(0), size_class(9), size_class(usize::MAX));
    println!("{} {} {}", offset(isize::MIN), offset(0), offset(isize::MAX));
    for c in ['\0', '5', '?', 'Q', 'q', '~', 'é', '\u{10ffff}'] {
        print!("{} ", kind(c));
    }
    println!();
    println!("{} {} {} {} {} {}", pair((true, 5)), pair((true, 255)), pair((false, 3)), pair((false, 7)), pair((false, 180)), pair((false, 255)));
    let readings = [Reading::Temp(-40), Reading::Temp(20), Reading::Temp(35), Reading::Level { value: 5, ok: true },
                    Reading::Level { value: 500, ok: true }, Reading::Level { value: 5, ok: false }, Reading::Off];
    for r in &readings {
        print!("{}, ", describe(r));
    }
    println!();
    println!("{} {} {}", letter(&Grade { score: 95 }), letter(&Grade { score: 85 }), letter(&Grade { score: 12 }));
    println!("{} {} {}", opt(None), opt(Some(0)), opt(Some(9)));
}
