//@ spec: 17.6, 17.8
// A print queue of jobs: extend from another Vec's into_iter, append (which empties
// the source), split_off for the overflow batch, remove(0) as dequeue, insert for a
// priority job, and drops showing which Vec owns each job when.
struct Job {
    id: u32,
    pages: u32,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("  job {} released", self.id);
    }
}

fn ids(q: &[Job]) -> Vec<u32> {
    q.iter().map(|j| j.id).collect()
}

fn main() {
    let mut queue: Vec<Job> = Vec::new();
    queue.extend(vec![Job { id: 1, pages: 3 }, Job { id: 2, pages: 10 }].into_iter());
    let mut late = vec![Job { id: 3, pages: 1 }, Job { id: 4, pages: 7 }, Job { id: 5, pages: 2 }];
    queue.append(&mut late);
    println!("queue {:?} late {:?} (late empty: {})", ids(&queue), ids(&late), late.is_empty());
    queue.insert(0, Job { id: 9, pages: 1 });
    println!("with priority job {:?}", ids(&queue));
    let overflow = queue.split_off(4);
    println!("kept {:?} overflow {:?}", ids(&queue), ids(&overflow));
    let mut printed = 0;
    while !queue.is_empty() {
        let job = queue.remove(0);
        printed += job.pages;
        println!("printing job {} ({} pages, {} total)", job.id, job.pages, printed);
    }
    println!("queue drained, capacity kept: {}", queue.capacity() >= 4);
    let mut big: Vec<Job> = overflow.into_iter().filter(|j| j.pages > 1).collect();
    println!("big overflow jobs {:?}", ids(&big));
    big.clear();
    println!("end of main");
}
