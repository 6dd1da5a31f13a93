//@ run-pass
//@ spec: 11.9 6.4 11.10
// Fieldless enums with explicit discriminants: casting to integers and mapping codes back by match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    Ok = 200,
    Created,
    Accepted,
    Moved = 301,
    NotFound = 404,
    Teapot = 418,
    Internal = 500,
}

#[derive(Debug, Clone, Copy)]
enum Level { Low = -1, Mid, High = 10, Max }

const ALL: [Status; 7] = [Status::Ok, Status::Created, Status::Accepted, Status::Moved,
                          Status::NotFound, Status::Teapot, Status::Internal];

fn from_code(code: u16) -> Status {
    match code {
        200 => Status::Ok,
        201 => Status::Created,
        202 => Status::Accepted,
        301 => Status::Moved,
        404 => Status::NotFound,
        418 => Status::Teapot,
        _ => Status::Internal,
    }
}

fn family(s: Status) -> &'static str {
    match s as u16 {
        200..=299 => "success",
        300..=399 => "redirect",
        400..=499 => "client error",
        _ => "server error",
    }
}

fn main() {
    for s in ALL {
        println!("{:>3} {:<9} {:<12} as u8 = {}", s as i32, fmt(s), family(s), s as u8);
    }
    println!("{:?}", from_code(202));
    println!("{}", from_code(999) == Status::Internal);
    println!("{} {}", Status::Moved < Status::NotFound, Status::Teapot > Status::Internal);
    println!("{} {} {} {}", Level::Low as i32, Level::Mid as i32, Level::High as i8, Level::Max as u8);
    println!("{}", Level::Low as u8);
    let mut worst = Status::Ok;
    for code in [200u16, 418, 301, 201] {
        let s = from_code(code);
        if s > worst { worst = s; }
    }
    println!("worst: {:?} ({})", worst, worst as u16);
}

fn fmt(s: Status) -> &'static str {
    match s {
        Status::Ok | Status::Created | Status::Accepted => "fine",
        Status::Moved => "moved",
        Status::NotFound | Status::Teapot => "missing",
        Status::Internal => "broken",
    }
}
