//@ run-pass
//@ spec: 9.9
// Closures written inside generic fns: one body per instance of the fn, each the
// substitution of the closure's checked generic body, capturing values of the instance's
// types by reference and by move.
struct Note(i32);

impl Drop for Note {
    fn drop(&mut self) {
        println!("drop note {}", self.0);
    }
}

fn boxed_in_vec<T>(x: T) -> Vec<T> {
    let make = |v: T| vec![v];
    make(x)
}

fn count_with<T>(items: &[T]) -> usize {
    let mut n = 0;
    let mut bump = |_item: &T| n += 1;
    for item in items {
        bump(item);
    }
    n
}

fn hold<T>(x: T) -> usize {
    let owner = move || {
        let inner = &x;
        let _ = inner;
        std::mem::size_of::<usize>()
    };
    owner()
}

fn pick<T>(a: T, b: T, first: bool) -> T {
    let choose = move |flag: bool| if flag { a } else { b };
    choose(first)
}

fn main() {
    println!("{}", boxed_in_vec(3).len());
    println!("{:?}", boxed_in_vec(String::from("s")));
    println!("{}", boxed_in_vec(Note(1)).len());
    println!("{}", count_with(&[1, 2, 3]));
    println!("{}", count_with(&[String::from("a")]));
    println!("{}", hold(Note(2)));
    println!("{}", hold(8u8));
    println!("{}", pick(Note(3), Note(4), true).0);
    println!("{}", pick(String::from("l"), String::from("r"), false));
    println!("{}", pick(1.25, 2.5, true));
}
