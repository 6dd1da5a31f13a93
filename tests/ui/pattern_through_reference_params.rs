//@ spec: 11.10, 16.1
// A tuple or struct pattern matched against a reference binds references to the parts
// (rustc's default binding modes) wherever patterns appear: `for` heads over `&v`,
// `&mut v` and `iter_mut()`, closure parameters and function parameters.
struct Player {
    name: String,
    score: u32,
}

fn sum_pair((x, y): &(i32, i32)) -> i32 {
    *x + *y
}

fn bump_pair((a, b): &mut (u32, u32)) {
    *a += 1;
    *b += 10;
}

fn main() {
    let points = vec![(1, 2), (3, 4), (5, 6)];
    for (x, y) in &points {
        print!("({}, {}) ", x, y);
    }
    println!();
    let xs: Vec<i32> = points.iter().map(|(x, _)| *x).collect();
    println!("{:?} {:?}", xs, points.iter().find(|(_, y)| *y == 4));
    println!("{}", points.iter().map(sum_pair).sum::<i32>());
    points.iter().enumerate().for_each(|(i, (x, y))| println!("{}: {}", i, x * y));

    let roster = vec![(String::from("kim"), 3), (String::from("lee"), 5)];
    for (name, wins) in &roster {
        println!("{} has {} wins", name, wins);
    }
    let names: Vec<&String> = roster.iter().map(|(n, _)| n).collect();
    println!("{:?}", names);

    let grid = [(1, 'a'), (2, 'b')];
    for (n, c) in &grid {
        println!("{}{}", c, n);
    }
    let mut counters = [(0u32, 0u32), (5, 5)];
    for (a, b) in &mut counters {
        *a += *b;
    }
    for pair in counters.iter_mut() {
        bump_pair(pair);
    }
    for (a, _) in counters.iter_mut() {
        *a *= 2;
    }
    println!("{:?}", counters);

    let players = vec![Player { name: String::from("ana"), score: 7 }, Player { name: String::from("bo"), score: 9 }];
    for Player { name, score } in &players {
        println!("{} scored {}", name, score);
    }
    let best = players.iter().max_by_key(|Player { score, .. }| *score).unwrap();
    let total: u32 = players.iter().map(|Player { score, .. }| *score).sum();
    println!("best {} of {}", best.name, total);
}
