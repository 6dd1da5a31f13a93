//@ spec: 15.3
// A reference to a closure is itself callable: `&f` satisfies `F: Fn` and `&mut f`
// satisfies `F: FnMut`, so one closure can be lent to several calls and keep its state.
fn twice<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(f(1))
}

fn feed<F: FnMut(u32)>(mut sink: F, items: &[u32]) {
    for &x in items {
        sink(x);
    }
}

fn main() {
    let offset = 10;
    let add = |x: i32| x + offset;
    println!("{} {}", twice(&add), twice(&add));
    println!("{}", twice(add));

    let mut total = 0;
    let mut count = 0;
    let mut tally = |x: u32| {
        total += x;
        count += 1;
    };
    feed(&mut tally, &[1, 2, 3]);
    feed(&mut tally, &[10]);
    println!("total {} over {}", total, count);

    let words = vec!["alpha", "beta"];
    let shout = |w: &&str| println!("{}!", w.to_uppercase());
    words.iter().for_each(&shout);
    words.iter().rev().for_each(&shout);
}
