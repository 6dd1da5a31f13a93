//@ spec: 15.5 15.1 15.2
// Functions returning `impl Fn` closures (adders, scalers, clamps) and taking `impl Fn` arguments.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_scaler(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x * k
}

fn make_clamp(lo: i32, hi: i32) -> impl Fn(i32) -> i32 {
    move |x| if x < lo { lo } else if x > hi { hi } else { x }
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn apply_twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn apply_all<A: Fn(i32) -> i32, B: Fn(i32) -> i32>(x: i32, a: &A, b: &B) -> i32 {
    b(a(x))
}

fn main() {
    let add5 = make_adder(5);
    let triple = make_scaler(3);
    let clamp = make_clamp(0, 50);

    println!("add5(10) = {}", add5(10));
    println!("triple(7) = {}", triple(7));
    println!("twice add5 on 1 = {}", apply_twice(|x| add5(x), 1));
    println!("twice triple on 2 = {}", apply_twice(make_scaler(3), 2));
    println!("add then triple on 4 = {}", apply_all(4, &add5, &triple));
    println!("triple then add on 4 = {}", apply_all(4, &triple, &add5));

    for x in [-20, 10, 99] {
        println!("clamp({}) = {}", x, clamp(triple(x)));
    }

    let mut next_id = make_counter();
    let mut other = make_counter();
    println!("ids: {} {} {}", next_id(), next_id(), next_id());
    println!("other: {}", other());
    println!("after: {}", next_id());

    let offset = 100;
    let shifted = |x: i32| add5(x) + offset;
    println!("shifted(1) = {}", shifted(1));
}
