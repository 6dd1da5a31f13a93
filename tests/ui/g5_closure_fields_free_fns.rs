//@ spec: 15.3 15.1 15.2 11.15
// Closures stored in generic struct fields, called through free functions with Fn/FnMut bounds.
struct Rule<F> {
    name: &'static str,
    check: F,
}

struct Tally<F> {
    sink: F,
    fed: u32,
}

fn passes<F: Fn(i32) -> bool>(rule: &Rule<F>, x: i32) -> bool {
    (rule.check)(x)
}

fn count_passing<F: Fn(i32) -> bool>(rule: &Rule<F>, xs: &[i32]) -> usize {
    let mut n = 0;
    for &x in xs {
        if passes(rule, x) {
            n += 1;
        }
    }
    n
}

fn feed<F: FnMut(i32)>(t: &mut Tally<F>, x: i32) {
    t.fed += 1;
    (t.sink)(x);
}

fn main() {
    let limit = 10;
    let small = Rule { name: "small", check: move |x: i32| x > -limit && x < limit };
    let even = Rule { name: "even", check: |x: i32| x % 2 == 0 };
    let data = [3, -14, 8, 22, 0, -5, 9, 12];

    println!("{}: {} of {}", small.name, count_passing(&small, &data), data.len());
    println!("{}: {} of {}", even.name, count_passing(&even, &data), data.len());
    println!("small(9)={} small(-11)={} even(7)={}", passes(&small, 9), passes(&small, -11), passes(&even, 7));

    let mut total = 0;
    let mut biggest = i32::MIN;
    let mut t = Tally {
        sink: |x: i32| {
            total += x;
            if x > biggest {
                biggest = x;
            }
        },
        fed: 0,
    };
    for &x in data.iter() {
        if passes(&even, x) && !passes(&small, x) {
            feed(&mut t, x);
        }
    }
    println!("fed {} values", t.fed);
    println!("total of large evens = {}, biggest = {}", total, biggest);
}
