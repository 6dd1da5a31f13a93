//@ spec: 12.7, 17.1
// Boxes are taken apart inside loops: each iteration moves a field out of a fresh box and
// the rest of that box drops at the end of the iteration, before the next one starts.
struct Job {
    name: String,
    log: Vec<String>,
    done: bool,
}

struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop noisy {}", self.0);
    }
}

struct Pair {
    keep: Noisy,
    lose: Noisy,
}

fn main() {
    let jobs: Vec<Box<Job>> = vec![
        Box::new(Job { name: String::from("build"), log: vec![String::from("ok")], done: true }),
        Box::new(Job { name: String::from("test"), log: Vec::new(), done: false }),
        Box::new(Job { name: String::from("ship"), log: vec![String::from("a"), String::from("b")], done: true }),
    ];
    let mut names = Vec::new();
    let mut total_log = 0;
    for job in jobs {
        if job.done {
            names.push(job.name);
        }
        total_log += job.log.len();
    }
    println!("done jobs {:?}, {} log lines", names, total_log);

    let mut kept = Vec::new();
    for i in 0..4u32 {
        let p = Box::new(Pair { keep: Noisy(i), lose: Noisy(100 + i) });
        if i % 2 == 0 {
            kept.push(p.keep);
            println!("  kept {}", i);
        } else {
            println!("  skipped {}", i);
        }
    }
    println!("kept {}", kept.len());

    let mut chain: Option<Box<Pair>> = Some(Box::new(Pair { keep: Noisy(7), lose: Noisy(8) }));
    let mut rounds = 0;
    while let Some(b) = chain {
        rounds += 1;
        let Pair { keep, .. } = *b;
        println!("  round {} got {}", rounds, keep.0);
        chain = if keep.0 < 9 { Some(Box::new(Pair { keep: Noisy(keep.0 + 1), lose: Noisy(0) })) } else { None };
    }
    println!("end");
}
