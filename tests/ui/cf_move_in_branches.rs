//@ compile-fail
//@ spec: 12.1
// Moves inside loops and branches: a value moved in one iteration is gone in
// the next, and a value moved in one branch of an `if` or `match` is gone
// after it, even if the other branch did not move it.
struct Job {
    id: u32,
}

enum Mode {
    Fast,
    Slow,
}

fn run(j: Job) -> u32 {
    j.id
}

fn main() {
    let job = Job { id: 1 };
    for _ in 0..3 {
        run(job); //~ ERROR E0382
    }
    let other = Job { id: 2 };
    let cond = true;
    if cond {
        run(other);
    }
    let x = other.id; //~ ERROR E0382
    let m = Mode::Fast;
    let third = Job { id: 3 };
    match m {
        Mode::Fast => {
            run(third);
        }
        Mode::Slow => {}
    }
    let y = run(third); //~ ERROR E0382
    let mut k = 0;
    let last = Job { id: 4 };
    while k < 2 {
        let taken = last; //~ ERROR E0382
        k += 1;
    }
}
