//@ spec: 17.7, 17.10, 16.7
// Updating a Vec in place: for x in &mut v, iter_mut with enumerate, get_mut, first_mut/
// last_mut, fill and swap, on both a Vec of numbers and a Vec of structs.
#[derive(Debug)]
struct Cell {
    alive: bool,
    age: u32,
}

fn main() {
    let mut prices = vec![10, 25, 40, 5];
    for p in &mut prices {
        *p = *p * 110 / 100;
    }
    println!("after 10% {:?}", prices);
    for (i, p) in prices.iter_mut().enumerate() {
        if i % 2 == 1 {
            *p -= 1;
        }
    }
    println!("odd discount {:?}", prices);
    if let Some(first) = prices.first_mut() {
        *first = 0;
    }
    if let Some(last) = prices.last_mut() {
        *last *= 10;
    }
    match prices.get_mut(2) {
        Some(p) => *p += 1000,
        None => println!("no third price"),
    }
    println!("edited {:?}", prices);
    prices.swap(0, 3);
    println!("swapped {:?}", prices);
    prices[1..3].fill(7);
    println!("filled middle {:?}", prices);

    let mut cells: Vec<Cell> = (0..5).map(|i| Cell { alive: i % 2 == 0, age: i }).collect();
    for c in cells.iter_mut() {
        if c.alive {
            c.age += 1;
        } else {
            c.alive = c.age > 2;
        }
    }
    let alive: Vec<u32> = cells.iter().filter(|c| c.alive).map(|c| c.age).collect();
    println!("alive ages {:?}", alive);
    let oldest = cells.iter_mut().max_by_key(|c| c.age).unwrap();
    oldest.age = 0;
    println!("{:?}", cells);
    let total: u32 = cells.iter().map(|c| c.age).sum();
    println!("total age {}", total);
}
