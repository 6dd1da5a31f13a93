//@ spec: 13.1, 16.2, 17.7
// Generic functions over borrowed sequences: `&v` of a Vec whose element type is still
// being inferred coerces to a generic `&[T]`, a `&&Rc<T>` to `&Rc<T>`, and iterator
// adaptors used inside generic bodies work for every instance.
use std::rc::Rc;

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &item in items {
        if item > best {
            best = item;
        }
    }
    best
}

fn count_even_positions<T>(xs: &Vec<T>) -> usize {
    let mut n = 0;
    for (i, _x) in xs.iter().enumerate() {
        if i % 2 == 0 {
            n += 1;
        }
    }
    n
}

fn labels<T: std::fmt::Display>(xs: &[T]) -> Vec<String> {
    xs.iter().enumerate().map(|(i, x)| format!("{}:{}", i, x)).collect()
}

fn first<T: Copy>(v: &Vec<T>) -> T {
    v[0]
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    println!("largest {}", largest(&numbers));
    let chars = vec!['y', 'm', 'a', 'q'];
    println!("largest {}", largest(&chars));
    println!("{} {}", count_even_positions(&numbers), count_even_positions(&vec!["a", "b", "c"]));
    println!("{:?}", labels(&chars));
    println!("{:?}", labels(&[1.5, 2.5]));

    let shared = Rc::new(5);
    let r = &shared;
    let w = &numbers;
    println!("{} {}", Rc::strong_count(&r), first(&w));
}
