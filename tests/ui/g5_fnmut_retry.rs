//@ spec: 15.2 15.3 14.7
// Retrying a FnMut operation that returns Result, with attempts counted in captured state.
fn retry<T, E, F>(max: u32, mut op: F) -> Result<T, (u32, E)>
where
    F: FnMut(u32) -> Result<T, E>,
{
    let mut attempt = 1;
    loop {
        match op(attempt) {
            Ok(v) => return Ok(v),
            Err(e) => {
                if attempt == max {
                    return Err((attempt, e));
                }
                attempt += 1;
            }
        }
    }
}

fn flaky(seed: u32, attempt: u32) -> Result<u32, &'static str> {
    if (seed + attempt) % 4 == 0 { Ok(seed * 10 + attempt) } else { Err("timeout") }
}

fn main() {
    let mut log = 0u32;
    let r = retry(5, |n| {
        log += 1;
        flaky(1, n)
    });
    println!("seed 1: {:?} after {} calls", r, log);

    log = 0;
    let r = retry(2, |n| {
        log += 1;
        flaky(5, n)
    });
    println!("seed 5: {:?} after {} calls", r, log);

    let mut budget = 3;
    let r: Result<char, (u32, u32)> = retry(10, |_| {
        if budget == 0 {
            Ok('!')
        } else {
            budget -= 1;
            Err(budget)
        }
    });
    println!("budget: {:?}, left {}", r, budget);

    let always: Result<i32, (u32, bool)> = retry(1, |a| if a == 1 { Ok(7) } else { Err(false) });
    println!("first try: {:?}", always);
}
