//@ run-pass
//@ spec: 19.1, 13.2
// A generic fn with a lifetime parameter: the type parameter and the lifetime together.
fn largest_ref<'a, T: PartialOrd>(items: &'a [T]) -> &'a T {
    let mut best = &items[0];
    for it in items {
        if it > best {
            best = it;
        }
    }
    best
}

fn longer<'a, T>(a: &'a Vec<T>, b: &'a Vec<T>) -> &'a Vec<T> {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    println!("{}", largest_ref(&[4, 8, 1]));
    println!("{}", largest_ref(&['q', 'z', 'a']));
    let x = vec![1, 2];
    let y = vec![3];
    println!("{:?}", longer(&x, &y));
}
