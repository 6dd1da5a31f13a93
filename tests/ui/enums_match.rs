//@ run-pass
//@ spec: 11.9 11.10 11.11
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir { North, East, South, West }

#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
    Dot,
}

#[derive(Debug, PartialEq)]
enum Level { Low = 1, Mid = 5, High }

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r } => 3.0 * r * r,
            Shape::Rect(w, h) => w * h,
            Shape::Dot => 0.0,
        }
    }
}

fn turn(d: Dir) -> Dir {
    match d {
        Dir::North => Dir::East,
        Dir::East => Dir::South,
        Dir::South => Dir::West,
        Dir::West => Dir::North,
    }
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn main() {
    let mut d = Dir::North;
    for _ in 0..5 {
        print!("{:?} ", d);
        d = turn(d);
    }
    println!();
    let shapes = [Shape::Circle { r: 1.0 }, Shape::Rect(2.0, 3.5), Shape::Dot];
    for s in shapes.iter() {
        println!("{:?} area {}", s, s.area());
    }
    println!("{:#?}", shapes[1]);
    for n in [-5, 0, 2, 10, 11] {
        print!("{} ", classify(n));
    }
    println!();
    println!("{} {} {}", Level::Low as i32, Level::Mid as u8, Level::High as i64);
    println!("{} {}", Dir::East == turn(Dir::North), Level::Low == Level::High);
    let pair = (3, Dir::West);
    match pair {
        (0, _) => println!("zero"),
        (n, Dir::West) if n > 2 => println!("big west {}", n),
        _ => println!("other"),
    }
    let s = Shape::Rect(1.0, 2.0);
    if let Shape::Rect(w, _) = s {
        println!("width {}", w);
    }
    let mut count = 3;
    while let 1..=10 = count {
        count += 4;
    }
    println!("{} {}", count, std::mem::size_of::<Shape>());
    let c = 'q';
    let kind = match c { 'a' | 'e' | 'i' | 'o' | 'u' => "vowel", 'a'..='z' => "consonant", _ => "other" };
    println!("{}", kind);
    let b = true;
    let v = match b { true => 1, false => 0 };
    println!("{}", v);
}
