//@ run-pass
//@ spec: 5.5
fn classify(n: i32) -> i32 {
    let r = 'done: {
        if n < 0 {
            break 'done -1;
        }
        if n == 0 {
            break 'done 0;
        }
        1
    };
    r * 10
}

fn main() {
    println!("{} {} {}", classify(-4), classify(0), classify(9));
    'outer: {
        println!("inside");
        if classify(1) > 0 {
            break 'outer;
        }
        println!("skipped");
    }
    println!("after {}", u32::BITS);
}
