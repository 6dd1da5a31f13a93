//@ run-fail
//@ spec: 8.1, 12.8, 11.9, 11.11
// A panic inside a match arm that bound an enum payload by value: the bound payload
// is dropped by the unwind, and the arms of earlier matches that consumed their payloads
// do not cause a second drop.
struct Cargo(&'static str);

impl Drop for Cargo {
    fn drop(&mut self) {
        println!("unload {}", self.0);
    }
}

enum Job {
    Ship(Cargo, u32),
    Store { item: Cargo, shelf: u32 },
    Idle,
}

fn run(job: Job) -> u32 {
    match job {
        Job::Ship(c, days) => {
            println!("shipping {} for {} days", c.0, days);
            days
        }
        Job::Store { item, shelf } => {
            let _note = Cargo("shelf note");
            if shelf >= 10 {
                panic!("no shelf {} for {}", shelf, item.0);
            }
            shelf
        }
        Job::Idle => unreachable!("idle jobs are filtered out"),
    }
}

fn main() {
    let jobs = vec![
        Job::Ship(Cargo("apples"), 3),
        Job::Idle,
        Job::Store { item: Cargo("bricks"), shelf: 2 },
        Job::Store { item: Cargo("glass"), shelf: 12 },
        Job::Ship(Cargo("sand"), 1),
    ];
    let mut total = 0;
    for job in jobs {
        if let Job::Idle = job {
            println!("skip idle");
            continue;
        }
        total += run(job);
        println!("total {}", total);
    }
}
